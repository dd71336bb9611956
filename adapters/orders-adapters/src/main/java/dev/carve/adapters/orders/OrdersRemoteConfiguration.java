package dev.carve.adapters.orders;

import dev.carve.contracts.orders.OrderGateway;
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
 * Orders across a process boundary, by {@code carve.modules.orders.mode}: {@code grpc}
 * gives {@link GrpcOrderGateway}, {@code http} gives {@link HttpOrderGateway}, both to
 * {@code carve.modules.orders.url}; in-process (the default) serves the module's own
 * gateway over gRPC and HTTP instead. In every mode it declares orders' events and their
 * codecs ({@link OrdersEventCodecs}).
 */
@AutoConfiguration(after = GatewayAutoConfiguration.class, afterName = "dev.carve.shop.orders.OrdersConfiguration",
		beforeName = "org.springframework.boot.grpc.server.autoconfigure.GrpcServerAutoConfiguration")
public final class OrdersRemoteConfiguration {

	static final String MODULE = "orders";

	@Bean
	ModuleEvents ordersModuleEvents() {
		return OrdersEventCodecs.moduleEvents();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnModuleMode(module = MODULE, mode = ModuleMode.GRPC)
	static class OverGrpc {

		@Bean
		GrpcOrderGateway grpcOrderGateway(GrpcGatewayChannels channels, RemoteCallsFactory calls,
				GrpcFailureTranslator failures, Environment environment) {
			RemoteModule orders = RemoteModule.of(MODULE, environment);
			return new GrpcOrderGateway(channels.channel(orders), calls.create(MODULE, failures, new OrdersErrors()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnModuleMode(module = MODULE, mode = ModuleMode.HTTP)
	static class OverHttp {

		@Bean
		HttpOrderGateway httpOrderGateway(HttpGatewayClients clients, RemoteCallsFactory calls,
				HttpFailureTranslator failures, Environment environment) {
			RemoteModule orders = RemoteModule.of(MODULE, environment);
			return new HttpOrderGateway(clients.create(OrdersHttpClient.class, orders),
					calls.create(MODULE, failures, new OrdersErrors()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnModuleInProcess(MODULE)
	@ConditionalOnBean(OrderGateway.class)
	static class Serving {

		@Bean
		OrdersGrpcService ordersGrpcService(OrderGateway orders) {
			return new OrdersGrpcService(orders);
		}

		@Bean
		OrdersHttpEndpoints ordersHttpEndpoints(OrderGateway orders) {
			return new OrdersHttpEndpoints(orders);
		}

	}

}
