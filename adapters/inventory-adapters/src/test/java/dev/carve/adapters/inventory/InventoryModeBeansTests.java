package dev.carve.adapters.inventory;

import dev.carve.adapters.testkit.ModeBeans;
import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.runtime.module.ModuleDefinition;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which beans each value of {@code carve.modules.inventory.mode} yields: in-process, the
 * module and the endpoints that serve it; remote, one remote gateway and nothing of the
 * module — no controller, repository, listener, changelog, relay or gRPC service.
 */
class InventoryModeBeansTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withUserConfiguration(InventoryTestApplication.class)
		.withBean("testTokensJwtDecoder", org.springframework.security.oauth2.jwt.JwtDecoder.class,
				() -> InventoryProcesses.TOKENS.decoder())
		.withPropertyValues(ModeBeans.database());

	@Test
	void inProcessRunsTheModuleAndServesItsGateway() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(InventoryGateway.class).getClass().getPackageName())
				.isEqualTo("dev.carve.shop.inventory");
			assertThat(context.getBeansOfType(ModuleDefinition.class).values()).extracting(ModuleDefinition::name)
				.containsExactly("inventory");
			assertThat(ModeBeans.moduleChangelogs(context)).containsExactly("inventory");
			assertThat(context).hasSingleBean(InventoryGrpcService.class)
				.hasSingleBean(InventoryHttpEndpoints.class)
				.doesNotHaveBean(GrpcInventoryGateway.class)
				.doesNotHaveBean(HttpInventoryGateway.class);
			assertThat(ModeBeans.moduleBeans(context, "inventory")).isNotEmpty();
		});
	}

	@Test
	void grpcModeGivesOnlyTheGrpcGateway() {
		this.runner.withPropertyValues("carve.modules.inventory.mode=grpc", "carve.modules.inventory.url=127.0.0.1:1")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBean(InventoryGateway.class).isInstanceOf(GrpcInventoryGateway.class);
				ModeBeans.assertNothingOfTheModule(context, "inventory", InventoryHttpEndpoints.class);
			});
	}

	@Test
	void httpModeGivesOnlyTheHttpGateway() {
		this.runner
			.withPropertyValues("carve.modules.inventory.mode=http", "carve.modules.inventory.url=http://127.0.0.1:1")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBean(InventoryGateway.class).isInstanceOf(HttpInventoryGateway.class);
				ModeBeans.assertNothingOfTheModule(context, "inventory", InventoryHttpEndpoints.class);
			});
	}

	@Test
	void aRemoteModeWithoutUrlFailsAtStartUpSayingWhatIsMissing() {
		this.runner.withPropertyValues("carve.modules.inventory.mode=grpc")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("carve.modules.inventory.url is not set"));
	}

}
