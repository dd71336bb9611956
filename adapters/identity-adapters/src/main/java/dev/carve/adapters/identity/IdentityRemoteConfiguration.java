package dev.carve.adapters.identity;

import dev.carve.contracts.identity.IdentityGateway;
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
 * Identity across a process boundary, by {@code carve.modules.identity.mode}:
 * {@code grpc} gives {@link GrpcIdentityGateway}, {@code http} gives
 * {@link HttpIdentityGateway}, both to {@code carve.modules.identity.url}; in-process
 * (the default) serves the module's own gateway over gRPC and HTTP instead. In every mode
 * it declares identity's events and their codecs ({@link IdentityEventCodecs}).
 */
@AutoConfiguration(after = GatewayAutoConfiguration.class, afterName = "dev.carve.shop.identity.IdentityConfiguration",
		beforeName = "org.springframework.boot.grpc.server.autoconfigure.GrpcServerAutoConfiguration")
public final class IdentityRemoteConfiguration {

	static final String MODULE = "identity";

	@Bean
	ModuleEvents identityModuleEvents() {
		return IdentityEventCodecs.moduleEvents();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnModuleMode(module = MODULE, mode = ModuleMode.GRPC)
	static class OverGrpc {

		@Bean
		GrpcIdentityGateway grpcIdentityGateway(GrpcGatewayChannels channels, RemoteCallsFactory calls,
				GrpcFailureTranslator failures, Environment environment) {
			RemoteModule identity = RemoteModule.of(MODULE, environment);
			return new GrpcIdentityGateway(channels.channel(identity),
					calls.create(MODULE, failures, new IdentityErrors()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnModuleMode(module = MODULE, mode = ModuleMode.HTTP)
	static class OverHttp {

		@Bean
		HttpIdentityGateway httpIdentityGateway(HttpGatewayClients clients, RemoteCallsFactory calls,
				HttpFailureTranslator failures, Environment environment) {
			RemoteModule identity = RemoteModule.of(MODULE, environment);
			return new HttpIdentityGateway(clients.create(IdentityHttpClient.class, identity),
					calls.create(MODULE, failures, new IdentityErrors()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnModuleInProcess(MODULE)
	@ConditionalOnBean(IdentityGateway.class)
	static class Serving {

		@Bean
		IdentityGrpcService identityGrpcService(IdentityGateway identity) {
			return new IdentityGrpcService(identity);
		}

		@Bean
		IdentityHttpEndpoints identityHttpEndpoints(IdentityGateway identity) {
			return new IdentityHttpEndpoints(identity);
		}

	}

}
