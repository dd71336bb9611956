package dev.carve.runtime.security;

import dev.carve.runtime.web.ProblemResponseWriter;
import dev.carve.runtime.web.WebAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;

/**
 * Stateless bearer-token security for every module's API. Who may call what:
 * <ul>
 * <li>{@code /internal/**} (module-to-module gateway endpoints): only a caller with a
 * service credential for that module ({@link ServiceTokens}); an end user's token alone
 * is refused with 403;</li>
 * <li>liveness, readiness and the overall health status: anyone;</li>
 * <li>every other {@code /actuator} endpoint (metrics, health details, operations) and
 * the gateway API descriptions ({@code /v3/api-docs/<module>-gateway}): an administrator
 * or a service credential meant for operations;</li>
 * <li>{@code carve.security.public-paths}: anyone;</li>
 * <li>everything else: an end user with a valid token whose {@code roles} claim becomes
 * {@code ROLE_*} authorities — never a service token.</li>
 * </ul>
 * Errors are problem responses. The {@code JwtDecoder} comes from the identity module
 * when it runs in this process, or from
 * {@code spring.security.oauth2.resourceserver.jwt.*} when it does not; either way it
 * remembers the tokens it verified ({@code carve.security.token-cache.*},
 * {@link CachingJwtDecoder}).
 */
@AutoConfiguration(after = WebAutoConfiguration.class,
		beforeName = "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity
public final class SecurityAutoConfiguration {

	/** Liveness and readiness, and the overall status without details: open to anyone. */
	private static final String[] PROBES = { "/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness" };

	/** Cheap token checks: see {@link TokenDecodingPostProcessor}. */
	/**
	 * Spring Security observes the filter chain of every request, each of its filters and
	 * each authorization decision, as observations of their own (a span each, and timers
	 * whose tags are built per request). A request stays observed as a whole
	 * ({@code http.server.requests} and its span); these inner ones are off. A
	 * {@link SecurityObservationSettings} bean of the application's own wins.
	 */
	@Bean
	@ConditionalOnMissingBean(SecurityObservationSettings.class)
	static SecurityObservationSettings carveSecurityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	static TokenDecodingPostProcessor carveTokenDecodingPostProcessor() {
		return new TokenDecodingPostProcessor();
	}

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain carveSecurityFilterChain(HttpSecurity http, SecurityProperties properties,
			ProblemResponseWriter writer, ServiceCredentialVerifier verifier) {
		ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(writer);
		ProblemAccessDeniedHandler deniedHandler = new ProblemAccessDeniedHandler(writer);
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> {
				requests.requestMatchers("/internal/**").access(CallerAccess.moduleCaller(verifier));
				requests.requestMatchers(PROBES).permitAll();
				requests
					.requestMatchers("/actuator", "/actuator/**", "/v3/api-docs/*-gateway",
							"/v3/api-docs/*-gateway.yaml")
					.access(CallerAccess.operator());
				properties.publicPaths().forEach((path) -> permit(requests, path));
				requests.anyRequest().access(CallerAccess.endUser());
			})
			.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(new CallerAuthorities(properties.rolesClaim())))
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(deniedHandler)
				.withObjectPostProcessor(answeringServiceFailures(entryPoint)))
			.exceptionHandling(
					(handling) -> handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler));
		return http.build();
	}

	private static void permit(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			String path) {
		String[] parts = path.trim().split("\\s+", 2);
		if (parts.length == 2) {
			requests.requestMatchers(HttpMethod.valueOf(parts[0]), parts[1]).permitAll();
		}
		else {
			requests.requestMatchers(parts[0]).permitAll();
		}
	}

	/**
	 * A token that cannot be checked (the key set cannot be fetched) is answered like any
	 * other authentication failure — a 503 problem from the entry point — instead of
	 * escaping as a 500.
	 */
	private static ObjectPostProcessor<BearerTokenAuthenticationFilter> answeringServiceFailures(
			ProblemAuthenticationEntryPoint entryPoint) {
		return new ObjectPostProcessor<>() {
			@Override
			public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
				AuthenticationEntryPointFailureHandler failures = new AuthenticationEntryPointFailureHandler(
						entryPoint);
				failures.setRethrowAuthenticationServiceException(false);
				filter.setAuthenticationFailureHandler(failures);
				return filter;
			}
		};
	}

}
