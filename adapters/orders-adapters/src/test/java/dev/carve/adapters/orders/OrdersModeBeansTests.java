package dev.carve.adapters.orders;

import dev.carve.adapters.testkit.ModeBeans;
import dev.carve.contracts.orders.OrderGateway;
import dev.carve.runtime.module.ModuleDefinition;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

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
		.withPropertyValues(ModeBeans.database());

	@Test
	void inProcessRunsTheModuleAndServesItsGateway() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(OrderGateway.class).getClass().getPackageName())
				.isEqualTo("dev.carve.shop.orders");
			assertThat(context.getBeansOfType(ModuleDefinition.class).values()).extracting(ModuleDefinition::name)
				.containsExactlyInAnyOrder("orders", "catalog", "inventory", "payments");
			assertThat(ModeBeans.moduleChangelogs(context)).hasSize(4);
			assertThat(context).hasSingleBean(OrdersGrpcService.class)
				.hasSingleBean(OrdersHttpEndpoints.class)
				.doesNotHaveBean(GrpcOrderGateway.class)
				.doesNotHaveBean(HttpOrderGateway.class);
			assertThat(ModeBeans.moduleBeans(context, "orders")).isNotEmpty();
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
				ModeBeans.assertNothingOfTheModule(context, "orders", OrdersHttpEndpoints.class);
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
				ModeBeans.assertNothingOfTheModule(context, "orders", OrdersHttpEndpoints.class);
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

}
