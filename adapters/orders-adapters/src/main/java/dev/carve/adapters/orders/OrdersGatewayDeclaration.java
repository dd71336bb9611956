package dev.carve.adapters.orders;

import dev.carve.contracts.orders.OrderGateway;
import dev.carve.runtime.gateway.GatewayDeclaration;
import dev.carve.runtime.gateway.GatewayDefinition;
import dev.carve.runtime.gateway.grpc.GrpcTransport;
import dev.carve.runtime.gateway.http.HttpTransport;

/**
 * The orders module's gateway, declared once: over gRPC ({@link GrpcOrderGateway}, served
 * by {@link OrdersGrpcService}) and HTTP (the runtime's client of {@link OrdersHttpApi},
 * served by {@link OrdersHttpEndpoints}), its domain errors ({@link OrdersErrors}) and
 * its events ({@link OrdersEventCodecs}). {@code carve.modules.orders.mode} picks.
 */
public final class OrdersGatewayDeclaration implements GatewayDeclaration {

	static final String MODULE = "orders";

	@Override
	public GatewayDefinition<OrderGateway> definition() {
		return GatewayDefinition.of(MODULE, OrderGateway.class, new OrdersErrors())
			.over(GrpcTransport.of(GrpcOrderGateway::new, OrdersGrpcService.class))
			.over(HttpTransport.of(OrdersHttpApi.class, OrdersHttpEndpoints.class))
			.publishing(OrdersEventCodecs.moduleEvents());
	}

}
