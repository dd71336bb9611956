package dev.carve.runtime.security.grpc;

import dev.carve.runtime.security.CallerAuthorities;
import dev.carve.runtime.security.SecurityProperties;
import dev.carve.runtime.security.ServiceCredentialVerifier;
import dev.carve.runtime.security.ServiceCredentialsAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.grpc.server.GlobalServerInterceptor;
import org.springframework.grpc.server.security.AuthenticationProcessInterceptor;
import org.springframework.grpc.server.security.GrpcSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The rules of the gRPC server, in place of Spring Boot's "every call authenticated":
 * gateway services answer only callers with a service credential for their module
 * ({@link ModuleCallerAccess}); the end user's token, when one is relayed, is checked by
 * the same {@link JwtDecoder} and turned into authorities by {@link CallerAuthorities}.
 */
@AutoConfiguration(afterName = {
		"org.springframework.boot.grpc.server.autoconfigure.security.GrpcServerSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration" },
		beforeName = "org.springframework.boot.grpc.server.autoconfigure.security.GrpcServerOAuth2ResourceServerAutoConfiguration")
@ConditionalOnClass(name = { "io.grpc.BindableService", "org.springframework.grpc.server.security.GrpcSecurity" })
@ConditionalOnBean(GrpcSecurity.class)
@EnableConfigurationProperties(SecurityProperties.class)
public final class GrpcSecurityAutoConfiguration {

	@Bean
	@GlobalServerInterceptor
	@ConditionalOnMissingBean(AuthenticationProcessInterceptor.class)
	AuthenticationProcessInterceptor carveGrpcSecurity(GrpcSecurity grpc, SecurityProperties properties,
			ServiceCredentialVerifier verifier) throws Exception {
		return grpc.authorizeRequests((requests) -> requests.allRequests().access(new ModuleCallerAccess(verifier)))
			.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(new CallerAuthorities(properties.rolesClaim()))))
			.build();
	}

}
