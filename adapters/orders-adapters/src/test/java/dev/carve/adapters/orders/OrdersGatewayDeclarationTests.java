package dev.carve.adapters.orders;

import java.util.List;
import java.util.Map;

import dev.carve.adapters.testkit.GatewayDeclarationSuite;
import dev.carve.runtime.module.ModuleMode;

/**
 * What orders's gateway declaration yields in every mode
 * ({@link GatewayDeclarationSuite}).
 * <p>
 * Orders places an order through catalog, inventory and payments, so where it runs they
 * run too; the remote runs leave those modules out, as a process that only calls orders
 * would ({@link OrdersProcesses#NO_MODULES}).
 */
class OrdersGatewayDeclarationTests extends GatewayDeclarationSuite {

	OrdersGatewayDeclarationTests() {
		super(new OrdersGatewayDeclaration(), OrdersTestApplication.class,
				Map.of(ModuleMode.GRPC, GrpcOrderGateway.class));
	}

	@Override
	protected String[] remoteProperties() {
		return new String[] { OrdersProcesses.NO_MODULES };
	}

	@Override
	protected List<String> inProcessModules() {
		return List.of("orders", "catalog", "inventory", "payments");
	}

}
