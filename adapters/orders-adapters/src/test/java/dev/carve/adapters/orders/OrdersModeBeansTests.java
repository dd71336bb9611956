package dev.carve.adapters.orders;

import java.util.Arrays;
import java.util.List;

import dev.carve.contracts.orders.OrderGateway;
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
 * Which beans each value of {@code carve.modules.orders.mode} yields: in-process, the
 * module and the endpoints that serve it; remote, one remote gateway and nothing of the
 * module — no controller, repository, listener, changelog, relay or gRPC service.
 *
 * <p>
 * Orders places an order through catalog, inventory and payments, so where it runs they
 * run too; the remote runs leave those modules out, as a process that only calls orders
 * would ({@link OrdersProcesses#NO_MODULES}).
 */
class OrdersModeBeansTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withUserConfiguration(OrdersTestApplication.class)
		.withBean("testTokensJwtDecoder", org.springframework.security.oauth2.jwt.JwtDecoder.class,
				() -> OrdersProcesses.TOKENS.decoder())
		.withPropertyValues(database());

	@Test
	void inProcessRunsTheModuleAndServesItsGateway() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(OrderGateway.class).getClass().getPackageName())
				.isEqualTo("dev.carve.shop.orders");
			assertThat(context.getBeansOfType(ModuleDefinition.class).values()).extracting(ModuleDefinition::name)
				.containsExactlyInAnyOrder("orders", "catalog", "inventory", "payments");
			assertThat(context.getBeansOfType(ModuleLiquibase.class)).hasSize(4);
			assertThat(context).hasSingleBean(OrdersGrpcService.class)
				.hasSingleBean(OrdersHttpEndpoints.class)
				.doesNotHaveBean(GrpcOrderGateway.class)
				.doesNotHaveBean(HttpOrderGateway.class);
			assertThat(moduleBeans(context)).isNotEmpty();
		});
	}

	@Test
	void grpcModeGivesOnlyTheGrpcGateway() {
		this.runner
			.withPropertyValues(OrdersProcesses.NO_MODULES, "carve.modules.orders.mode=grpc",
					"carve.modules.orders.url=127.0.0.1:1")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBean(OrderGateway.class).isInstanceOf(GrpcOrderGateway.class);
				assertNothingOfTheModule(context);
			});
	}

	@Test
	void httpModeGivesOnlyTheHttpGateway() {
		this.runner
			.withPropertyValues(OrdersProcesses.NO_MODULES, "carve.modules.orders.mode=http",
					"carve.modules.orders.url=http://127.0.0.1:1")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBean(OrderGateway.class).isInstanceOf(HttpOrderGateway.class);
				assertNothingOfTheModule(context);
			});
	}

	@Test
	void aRemoteModeWithoutUrlFailsAtStartUpSayingWhatIsMissing() {
		this.runner.withPropertyValues(OrdersProcesses.NO_MODULES, "carve.modules.orders.mode=grpc")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("carve.modules.orders.url is not set"));
	}

	private static void assertNothingOfTheModule(AssertableWebApplicationContext context) {
		assertThat(context).doesNotHaveBean(ModuleDefinition.class)
			.doesNotHaveBean(ModuleLiquibase.class)
			.doesNotHaveBean(BindableService.class)
			.doesNotHaveBean(OrdersHttpEndpoints.class);
		assertThat(moduleBeans(context)).isEmpty();
	}

	private static List<String> moduleBeans(ApplicationContext context) {
		return Arrays.stream(context.getBeanDefinitionNames()).filter((name) -> {
			Class<?> type = context.getType(name);
			return type != null && type.getPackageName().startsWith("dev.carve.shop.orders");
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
