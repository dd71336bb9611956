package dev.carve.adapters.identity;

import java.util.Arrays;
import java.util.List;

import dev.carve.contracts.identity.IdentityGateway;
import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.runtime.module.ModuleLiquibase;
import dev.carve.testkit.PostgresServer;
import dev.carve.testkit.TestInfrastructure;
import dev.carve.testkit.TestTokens;
import io.grpc.BindableService;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which beans each value of {@code carve.modules.identity.mode} yields: in-process, the
 * module and the endpoints that serve it; remote, one remote gateway and nothing of the
 * module — no controller, repository, listener, changelog, relay or gRPC service.
 *
 * <p>
 * Every run has a {@code TestTokens} decoder, registered the way {@code ModuleProcess}
 * does it; where identity runs, its own decoder is the primary one
 * ({@link IdentityTestApplication}).
 */
class IdentityModeBeansTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withUserConfiguration(IdentityTestApplication.class)
		.withInitializer((context) -> context.getBeanFactory()
			.registerSingleton("testTokensJwtDecoder", TestTokens.create().decoder()))
		.withPropertyValues(database());

	@Test
	void inProcessRunsTheModuleAndServesItsGateway() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(IdentityGateway.class).getClass().getPackageName())
				.isEqualTo("dev.carve.shop.identity");
			assertThat(context.getBeansOfType(ModuleDefinition.class).values()).extracting(ModuleDefinition::name)
				.containsExactly("identity");
			assertThat(context).hasSingleBean(ModuleLiquibase.class)
				.hasSingleBean(IdentityGrpcService.class)
				.hasSingleBean(IdentityHttpEndpoints.class)
				.doesNotHaveBean(GrpcIdentityGateway.class)
				.doesNotHaveBean(HttpIdentityGateway.class);
			assertThat(context.getBean(JwtDecoder.class)).isSameAs(context.getBean("jwtDecoder"));
			assertThat(moduleBeans(context)).isNotEmpty();
		});
	}

	@Test
	void grpcModeGivesOnlyTheGrpcGateway() {
		this.runner.withPropertyValues("carve.modules.identity.mode=grpc", "carve.modules.identity.url=127.0.0.1:1")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBean(IdentityGateway.class).isInstanceOf(GrpcIdentityGateway.class);
				assertNothingOfTheModule(context);
			});
	}

	@Test
	void httpModeGivesOnlyTheHttpGateway() {
		this.runner
			.withPropertyValues("carve.modules.identity.mode=http", "carve.modules.identity.url=http://127.0.0.1:1")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBean(IdentityGateway.class).isInstanceOf(HttpIdentityGateway.class);
				assertNothingOfTheModule(context);
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

	private static void assertNothingOfTheModule(AssertableWebApplicationContext context) {
		assertThat(context).doesNotHaveBean(ModuleDefinition.class)
			.doesNotHaveBean(ModuleLiquibase.class)
			.doesNotHaveBean(BindableService.class)
			.doesNotHaveBean(IdentityHttpEndpoints.class);
		assertThat(moduleBeans(context)).isEmpty();
	}

	private static List<String> moduleBeans(ApplicationContext context) {
		return Arrays.stream(context.getBeanDefinitionNames()).filter((name) -> {
			Class<?> type = context.getType(name);
			return type != null && type.getPackageName().startsWith("dev.carve.shop.identity");
		}).toList();
	}

	private static String[] database() {
		PostgresServer postgres = TestInfrastructure.postgres();
		return new String[] { "spring.datasource.url=" + TestInfrastructure.newDatabase(),
				"spring.datasource.username=" + postgres.username(),
				"spring.datasource.password=" + postgres.password(), "carve.embedded-postgres.enabled=false",
				"spring.liquibase.enabled=false", "spring.grpc.server.port=0" };
	}

}
