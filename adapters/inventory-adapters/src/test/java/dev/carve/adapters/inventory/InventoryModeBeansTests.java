package dev.carve.adapters.inventory;

import java.util.Arrays;
import java.util.List;

import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.runtime.module.ModuleLiquibase;
import dev.carve.testkit.PostgresServer;
import dev.carve.testkit.TestInfrastructure;
import io.grpc.BindableService;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ApplicationContext;

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
		.withPropertyValues(database());

	@Test
	void inProcessRunsTheModuleAndServesItsGateway() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(InventoryGateway.class).getClass().getPackageName())
				.isEqualTo("dev.carve.shop.inventory");
			assertThat(context.getBeansOfType(ModuleDefinition.class).values()).extracting(ModuleDefinition::name)
				.containsExactly("inventory");
			assertThat(context).hasSingleBean(ModuleLiquibase.class)
				.hasSingleBean(InventoryGrpcService.class)
				.hasSingleBean(InventoryHttpEndpoints.class)
				.doesNotHaveBean(GrpcInventoryGateway.class)
				.doesNotHaveBean(HttpInventoryGateway.class);
			assertThat(moduleBeans(context)).isNotEmpty();
		});
	}

	@Test
	void grpcModeGivesOnlyTheGrpcGateway() {
		this.runner.withPropertyValues("carve.modules.inventory.mode=grpc", "carve.modules.inventory.url=127.0.0.1:1")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBean(InventoryGateway.class).isInstanceOf(GrpcInventoryGateway.class);
				assertNothingOfTheModule(context);
			});
	}

	@Test
	void httpModeGivesOnlyTheHttpGateway() {
		this.runner
			.withPropertyValues("carve.modules.inventory.mode=http", "carve.modules.inventory.url=http://127.0.0.1:1")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBean(InventoryGateway.class).isInstanceOf(HttpInventoryGateway.class);
				assertNothingOfTheModule(context);
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

	private static void assertNothingOfTheModule(AssertableWebApplicationContext context) {
		assertThat(context).doesNotHaveBean(ModuleDefinition.class)
			.doesNotHaveBean(ModuleLiquibase.class)
			.doesNotHaveBean(BindableService.class)
			.doesNotHaveBean(InventoryHttpEndpoints.class);
		assertThat(moduleBeans(context)).isEmpty();
	}

	private static List<String> moduleBeans(ApplicationContext context) {
		return Arrays.stream(context.getBeanDefinitionNames()).filter((name) -> {
			Class<?> type = context.getType(name);
			return type != null && type.getPackageName().startsWith("dev.carve.shop.inventory");
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
