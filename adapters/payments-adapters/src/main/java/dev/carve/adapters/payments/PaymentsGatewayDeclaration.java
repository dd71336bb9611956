package dev.carve.adapters.payments;

import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.runtime.gateway.GatewayDeclaration;
import dev.carve.runtime.gateway.GatewayDefinition;
import dev.carve.runtime.gateway.grpc.GrpcTransport;
import dev.carve.runtime.gateway.http.HttpTransport;

/**
 * The payments module's gateway, declared once: over gRPC ({@link GrpcPaymentGateway},
 * served by {@link PaymentsGrpcService}) and HTTP (the runtime's client of
 * {@link PaymentsHttpApi}, served by {@link PaymentsHttpEndpoints}), its domain errors
 * ({@link PaymentsErrors}) and its events ({@link PaymentsEventCodecs}).
 * {@code carve.modules.payments.mode} picks.
 */
public final class PaymentsGatewayDeclaration implements GatewayDeclaration {

	static final String MODULE = "payments";

	@Override
	public GatewayDefinition<PaymentGateway> definition() {
		return GatewayDefinition.of(MODULE, PaymentGateway.class, new PaymentsErrors())
			.over(GrpcTransport.of(GrpcPaymentGateway::new, PaymentsGrpcService.class))
			.over(HttpTransport.of(PaymentsHttpApi.class, PaymentsHttpEndpoints.class))
			.publishing(PaymentsEventCodecs.moduleEvents());
	}

}
