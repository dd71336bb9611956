package dev.carve.adapters.inventory;

import dev.carve.contracts.inventory.InventoryGateway;
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
 * Inventory across a process boundary, by {@code carve.modules.inventory.mode}:
 * {@code grpc} gives {@link GrpcInventoryGateway}, {@code http} gives
 * {@link HttpInventoryGateway}, both to {@code carve.modules.inventory.url}; in-process
 * (the default) serves the module's own gateway over gRPC and HTTP instead. In every mode
 * it declares inventory's events and their codecs ({@link InventoryEventCodecs}).
 */
@AutoConfiguration(after = GatewayAutoConfiguration.class,
		afterName = "dev.carve.shop.inventory.InventoryConfiguration",
		beforeName = "org.springframework.boot.grpc.server.autoconfigure.GrpcServerAutoConfiguration")
public final class InventoryRemoteConfiguration {

	static final String MODULE = "inventory";

	@Bean
	ModuleEvents inventoryModuleEvents() {
		return InventoryEventCodecs.moduleEvents();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnModuleMode(module = MODULE, mode = ModuleMode.GRPC)
	static class OverGrpc {

		@Bean
		GrpcInventoryGateway grpcInventoryGateway(GrpcGatewayChannels channels, RemoteCallsFactory calls,
				GrpcFailureTranslator failures, Environment environment) {
			RemoteModule inventory = RemoteModule.of(MODULE, environment);
			return new GrpcInventoryGateway(channels.channel(inventory),
					calls.create(MODULE, failures, new InventoryErrors()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnModuleMode(module = MODULE, mode = ModuleMode.HTTP)
	static class OverHttp {

		@Bean
		HttpInventoryGateway httpInventoryGateway(HttpGatewayClients clients, RemoteCallsFactory calls,
				HttpFailureTranslator failures, Environment environment) {
			RemoteModule inventory = RemoteModule.of(MODULE, environment);
			return new HttpInventoryGateway(clients.create(InventoryHttpClient.class, inventory),
					calls.create(MODULE, failures, new InventoryErrors()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnModuleInProcess(MODULE)
	@ConditionalOnBean(InventoryGateway.class)
	static class Serving {

		@Bean
		InventoryGrpcService inventoryGrpcService(InventoryGateway inventory) {
			return new InventoryGrpcService(inventory);
		}

		@Bean
		InventoryHttpEndpoints inventoryHttpEndpoints(InventoryGateway inventory) {
			return new InventoryHttpEndpoints(inventory);
		}

	}

}
