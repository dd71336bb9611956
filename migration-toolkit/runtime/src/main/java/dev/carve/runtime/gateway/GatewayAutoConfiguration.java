package dev.carve.runtime.gateway;

import dev.carve.runtime.gateway.grpc.DomainExceptionGrpcHandler;
import dev.carve.runtime.gateway.grpc.GrpcFailureTranslator;
import dev.carve.runtime.gateway.grpc.GrpcGatewayChannels;
import dev.carve.runtime.gateway.grpc.RoutedCallReceiver;
import dev.carve.runtime.gateway.http.HttpFailureTranslator;
import dev.carve.runtime.gateway.http.HttpGatewayClients;
import dev.carve.runtime.gateway.http.RoutedCallFilter;
import dev.carve.runtime.security.ServiceCredentials;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.grpc.server.GlobalServerInterceptor;
import org.springframework.web.client.RestClient;

/**
 * Every declared gateway ({@link GatewayDeclaration}) as its module's mode asks, and what
 * remote gateways and the endpoints that serve them need: {@link RemoteCallsFactory}
 * always, the gRPC pieces when gRPC is on the class path, the HTTP pieces when Apache
 * HttpClient 5 is.
 */
@AutoConfiguration(
		afterName = { "org.springframework.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" },
		beforeName = "org.springframework.boot.grpc.server.autoconfigure.GrpcServerAutoConfiguration")
@Import(GatewayRegistrar.class)
@EnableConfigurationProperties(ModulesProperties.class)
public final class GatewayAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RemoteCallsFactory remoteCallsFactory(Environment environment, ObjectProvider<MeterRegistry> meters) {
		return new RemoteCallsFactory(environment, meters.getIfUnique());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "io.grpc.ManagedChannel", "org.springframework.grpc.client.GrpcChannelFactory" })
	static class GrpcClientSide {

		@Bean
		@ConditionalOnMissingBean
		GrpcFailureTranslator grpcFailureTranslator() {
			return new GrpcFailureTranslator();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(GrpcChannelFactory.class)
		GrpcGatewayChannels grpcGatewayChannels(GrpcChannelFactory channels,
				ObjectProvider<ServiceCredentials> credentials) {
			return new GrpcGatewayChannels(channels, credentials);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(
			name = { "io.grpc.BindableService", "org.springframework.grpc.server.exception.GrpcExceptionHandler" })
	static class GrpcServerSide {

		@Bean
		@ConditionalOnMissingBean
		DomainExceptionGrpcHandler domainExceptionGrpcHandler() {
			return new DomainExceptionGrpcHandler();
		}

		@Bean
		@GlobalServerInterceptor
		RoutedCallReceiver carveRoutedCallReceiver() {
			return new RoutedCallReceiver();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class HttpServerSide {

		@Bean
		FilterRegistrationBean<RoutedCallFilter> carveRoutedCallFilter() {
			FilterRegistrationBean<RoutedCallFilter> registration = new FilterRegistrationBean<>(
					new RoutedCallFilter());
			registration.addUrlPatterns("/internal/*");
			return registration;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.apache.hc.client5.http.impl.classic.HttpClients")
	static class HttpClientSide {

		@Bean
		@ConditionalOnMissingBean
		HttpFailureTranslator httpFailureTranslator() {
			return new HttpFailureTranslator();
		}

		@Bean
		@ConditionalOnMissingBean
		HttpGatewayClients httpGatewayClients(ObjectProvider<RestClient.Builder> builders,
				ObjectProvider<ServiceCredentials> credentials) {
			return new HttpGatewayClients(builders.getIfAvailable(RestClient::builder), credentials);
		}

	}

}
