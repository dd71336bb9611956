package dev.carve.adapters.catalog;

import dev.carve.adapters.testkit.ModeBeans;
import dev.carve.contracts.catalog.CatalogGateway;
import dev.carve.runtime.module.ModuleDefinition;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which beans each value of {@code carve.modules.catalog.mode} yields: in-process, the
 * module and the endpoints that serve it; remote, one remote gateway and nothing of the
 * module — no controller, repository, listener, changelog, relay or gRPC service.
 */
class CatalogModeBeansTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withUserConfiguration(CatalogTestApplication.class)
		.withBean("testTokensJwtDecoder", org.springframework.security.oauth2.jwt.JwtDecoder.class,
				() -> CatalogProcesses.TOKENS.decoder())
		.withPropertyValues(ModeBeans.database());

	@Test
	void inProcessRunsTheModuleAndServesItsGateway() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(CatalogGateway.class).getClass().getPackageName())
				.isEqualTo("dev.carve.shop.catalog");
			assertThat(context.getBeansOfType(ModuleDefinition.class).values()).extracting(ModuleDefinition::name)
				.containsExactly("catalog");
			assertThat(ModeBeans.moduleChangelogs(context)).containsExactly("catalog");
			assertThat(context).hasSingleBean(CatalogGrpcService.class)
				.hasSingleBean(CatalogHttpEndpoints.class)
				.doesNotHaveBean(GrpcCatalogGateway.class)
				.doesNotHaveBean(HttpCatalogGateway.class);
			assertThat(ModeBeans.moduleBeans(context, "catalog")).isNotEmpty();
		});
	}

	@Test
	void grpcModeGivesOnlyTheGrpcGateway() {
		this.runner.withPropertyValues("carve.modules.catalog.mode=grpc", "carve.modules.catalog.url=127.0.0.1:1")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBean(CatalogGateway.class).isInstanceOf(GrpcCatalogGateway.class);
				ModeBeans.assertNothingOfTheModule(context, "catalog", CatalogHttpEndpoints.class);
			});
	}

	@Test
	void httpModeGivesOnlyTheHttpGateway() {
		this.runner
			.withPropertyValues("carve.modules.catalog.mode=http", "carve.modules.catalog.url=http://127.0.0.1:1")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBean(CatalogGateway.class).isInstanceOf(HttpCatalogGateway.class);
				ModeBeans.assertNothingOfTheModule(context, "catalog", CatalogHttpEndpoints.class);
			});
	}

	@Test
	void aRemoteModeWithoutUrlFailsAtStartUpSayingWhatIsMissing() {
		this.runner.withPropertyValues("carve.modules.catalog.mode=grpc")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("carve.modules.catalog.url is not set"));
	}

}
