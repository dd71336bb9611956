package dev.carve.adapters.identity;

import dev.carve.adapters.testkit.ModeBeans;
import dev.carve.contracts.identity.IdentityGateway;
import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which beans each value of {@code carve.modules.identity.mode} yields: in-process, the
 * module and the endpoints that serve it; remote, one remote gateway and nothing of the
 * module — no controller, repository, listener, changelog, relay or gRPC service.
 *
 * <p>
 * Every run has a {@code TestTokens} decoder, registered the way {@code ModuleProcess}
 * does it, as a fallback; where identity runs, its own decoder is the one used.
 */
class IdentityModeBeansTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withUserConfiguration(IdentityTestApplication.class)
		.withInitializer((context) -> TestTokens.create().registerDecoder((GenericApplicationContext) context))
		.withPropertyValues(ModeBeans.database());

	@Test
	void inProcessRunsTheModuleAndServesItsGateway() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(IdentityGateway.class).getClass().getPackageName())
				.isEqualTo("dev.carve.shop.identity");
			assertThat(context.getBeansOfType(ModuleDefinition.class).values()).extracting(ModuleDefinition::name)
				.containsExactly("identity");
			assertThat(ModeBeans.moduleChangelogs(context)).containsExactly("identity");
			assertThat(context).hasSingleBean(IdentityGrpcService.class)
				.hasSingleBean(IdentityHttpEndpoints.class)
				.doesNotHaveBean(GrpcIdentityGateway.class)
				.doesNotHaveBean(HttpIdentityGateway.class);
			assertThat(context.getBean(JwtDecoder.class)).isSameAs(context.getBean("jwtDecoder"));
			assertThat(ModeBeans.moduleBeans(context, "identity")).isNotEmpty();
		});
	}

	@Test
	void grpcModeGivesOnlyTheGrpcGateway() {
		this.runner.withPropertyValues("carve.modules.identity.mode=grpc", "carve.modules.identity.url=127.0.0.1:1")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBean(IdentityGateway.class).isInstanceOf(GrpcIdentityGateway.class);
				ModeBeans.assertNothingOfTheModule(context, "identity", IdentityHttpEndpoints.class);
			});
	}

	@Test
	void httpModeGivesOnlyTheHttpGateway() {
		this.runner
			.withPropertyValues("carve.modules.identity.mode=http", "carve.modules.identity.url=http://127.0.0.1:1")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBean(IdentityGateway.class).isInstanceOf(HttpIdentityGateway.class);
				ModeBeans.assertNothingOfTheModule(context, "identity", IdentityHttpEndpoints.class);
			});
	}

	@Test
	void aRemoteModeWithoutUrlFailsAtStartUpSayingWhatIsMissing() {
		this.runner.withPropertyValues("carve.modules.identity.mode=grpc")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("carve.modules.identity.url is not set"));
	}

}
