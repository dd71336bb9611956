package dev.carve.adapters.catalog;

import dev.carve.contracts.catalog.CatalogGateway;
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
 * Catalog across a process boundary, by {@code carve.modules.catalog.mode}: {@code grpc}
 * gives {@link GrpcCatalogGateway}, {@code http} gives {@link HttpCatalogGateway}, both
 * to {@code carve.modules.catalog.url}; in-process (the default) serves the module's own
 * gateway over gRPC and HTTP instead. In every mode it declares catalog's events and
 * their codecs ({@link CatalogEventCodecs}).
 */
@AutoConfiguration(after = GatewayAutoConfiguration.class, afterName = "dev.carve.shop.catalog.CatalogConfiguration",
		beforeName = "org.springframework.boot.grpc.server.autoconfigure.GrpcServerAutoConfiguration")
public final class CatalogRemoteConfiguration {

	static final String MODULE = "catalog";

	@Bean
	ModuleEvents catalogModuleEvents() {
		return CatalogEventCodecs.moduleEvents();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnModuleMode(module = MODULE, mode = ModuleMode.GRPC)
	static class OverGrpc {

		@Bean
		GrpcCatalogGateway grpcCatalogGateway(GrpcGatewayChannels channels, RemoteCallsFactory calls,
				GrpcFailureTranslator failures, Environment environment) {
			RemoteModule catalog = RemoteModule.of(MODULE, environment);
			return new GrpcCatalogGateway(channels.channel(catalog),
					calls.create(MODULE, failures, new CatalogErrors()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnModuleMode(module = MODULE, mode = ModuleMode.HTTP)
	static class OverHttp {

		@Bean
		HttpCatalogGateway httpCatalogGateway(HttpGatewayClients clients, RemoteCallsFactory calls,
				HttpFailureTranslator failures, Environment environment) {
			RemoteModule catalog = RemoteModule.of(MODULE, environment);
			return new HttpCatalogGateway(clients.create(CatalogHttpClient.class, catalog),
					calls.create(MODULE, failures, new CatalogErrors()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnModuleInProcess(MODULE)
	@ConditionalOnBean(CatalogGateway.class)
	static class Serving {

		@Bean
		CatalogGrpcService catalogGrpcService(CatalogGateway catalog) {
			return new CatalogGrpcService(catalog);
		}

		@Bean
		CatalogHttpEndpoints catalogHttpEndpoints(CatalogGateway catalog) {
			return new CatalogHttpEndpoints(catalog);
		}

	}

}
