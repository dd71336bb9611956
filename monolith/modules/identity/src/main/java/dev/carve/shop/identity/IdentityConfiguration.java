package dev.carve.shop.identity;

import javax.sql.DataSource;

import dev.carve.contracts.identity.IdentityGateway;
import dev.carve.runtime.apidocs.ModuleApiDocs;
import dev.carve.runtime.module.ConditionalOnModuleInProcess;
import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.runtime.module.ModuleLiquibase;
import dev.carve.shop.identity.internal.IdentityProperties;
import dev.carve.shop.identity.internal.ServiceTokenProperties;
import dev.carve.shop.identity.internal.SigningKeys;

import org.springdoc.core.models.GroupedOpenApi;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The identity module, present when {@code carve.modules.identity.mode} is
 * {@code in-process} or not set. Besides the module's own beans it provides the
 * {@link JwtDecoder} every module in this process uses: it accepts only tokens signed
 * with one of this module's served keys (the current and the previous, selected by
 * {@code kid}) and issued by {@link IdentityProperties#issuer()}.
 */
@AutoConfiguration(beforeName = { "dev.carve.runtime.security.ServiceCredentialsAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.grpc.server.autoconfigure.security.GrpcServerOAuth2ResourceServerAutoConfiguration" })
@ConditionalOnModuleInProcess(IdentityConfiguration.MODULE)
@ComponentScan(basePackageClasses = IdentityConfiguration.class)
@EntityScan(basePackageClasses = IdentityConfiguration.class)
@EnableJpaRepositories(basePackageClasses = IdentityConfiguration.class)
@EnableConfigurationProperties({ IdentityProperties.class, ServiceTokenProperties.class })
class IdentityConfiguration {

	static final String MODULE = "identity";

	@Bean
	ModuleDefinition identityModule() {
		return ModuleDefinition.of(MODULE, IdentityConfiguration.class, IdentityGateway.class);
	}

	@Bean
	ModuleLiquibase identityLiquibase(DataSource dataSource, ModuleDefinition identityModule) {
		return ModuleLiquibase.of(dataSource, identityModule);
	}

	@Bean
	JwtDecoder jwtDecoder(SigningKeys signingKeys, IdentityProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(signingKeys.verificationKeys()).build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
		return decoder;
	}

	@Bean
	GroupedOpenApi identityApiDocs() {
		return ModuleApiDocs.publicApi(MODULE,
				"Sign-up, login, token refresh, the caller's account, service credentials and the key set that verifies access tokens.",
				"/.well-known/jwks.json");
	}

	@Bean
	GroupedOpenApi identityGatewayApiDocs() {
		return ModuleApiDocs.gatewayApi(MODULE);
	}

}
