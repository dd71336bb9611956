package dev.carve.adapters.payments;

import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.gateway.GatewayAutoConfiguration;
import dev.carve.runtime.gateway.RemoteCallsFactory;
import dev.carve.runtime.gateway.RemoteModule;
import dev.carve.runtime.gateway.grpc.GrpcFailureTranslator;
import dev.carve.runtime.gateway.grpc.GrpcGatewayChannels;
import dev.carve.runtime.gateway.http.HttpFailureTranslator;
import dev.carve.runtime.gateway.http.HttpGatewayClients;
import dev.carve.runtime.module.ConditionalOnModuleInProcess;
import dev.carve.runtime.module.ConditionalOnModuleMode;
import dev.carve.runtime.module.ModuleMode;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Payments across a process boundary, by {@code carve.modules.payments.mode}:
 * {@code grpc} gives {@link GrpcPaymentGateway}, {@code http} gives
 * {@link HttpPaymentGateway}, both to {@code carve.modules.payments.url}; in-process (the
 * default) serves the module's own gateway over gRPC and HTTP instead. In every mode it
 * declares payments' events and their codecs ({@link PaymentsEventCodecs}).
 */
@AutoConfiguration(after = GatewayAutoConfiguration.class, afterName = "dev.carve.shop.payments.PaymentsConfiguration",
		beforeName = "org.springframework.boot.grpc.server.autoconfigure.GrpcServerAutoConfiguration")
public final class PaymentsRemoteConfiguration {

	static final String MODULE = "payments";

	@Bean
	ModuleEvents paymentsModuleEvents() {
		return PaymentsEventCodecs.moduleEvents();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnModuleMode(module = MODULE, mode = ModuleMode.GRPC)
	static class OverGrpc {

		@Bean
		GrpcPaymentGateway grpcPaymentGateway(GrpcGatewayChannels channels, RemoteCallsFactory calls,
				GrpcFailureTranslator failures, Environment environment) {
			RemoteModule payments = RemoteModule.of(MODULE, environment);
			return new GrpcPaymentGateway(channels.channel(payments),
					calls.create(MODULE, failures, new PaymentsErrors()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnModuleMode(module = MODULE, mode = ModuleMode.HTTP)
	static class OverHttp {

		@Bean
		HttpPaymentGateway httpPaymentGateway(HttpGatewayClients clients, RemoteCallsFactory calls,
				HttpFailureTranslator failures, Environment environment) {
			RemoteModule payments = RemoteModule.of(MODULE, environment);
			return new HttpPaymentGateway(clients.create(PaymentsHttpClient.class, payments),
					calls.create(MODULE, failures, new PaymentsErrors()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnModuleInProcess(MODULE)
	@ConditionalOnBean(PaymentGateway.class)
	static class Serving {

		@Bean
		PaymentsGrpcService paymentsGrpcService(PaymentGateway payments) {
			return new PaymentsGrpcService(payments);
		}

		@Bean
		PaymentsHttpEndpoints paymentsHttpEndpoints(PaymentGateway payments) {
			return new PaymentsHttpEndpoints(payments);
		}

	}

}
