package dev.carve.runtime.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Makes checking identity's tokens cheap in every process, whichever configuration made
 * its {@link JwtDecoder} (the identity module, or Spring Boot from
 * {@code spring.security.oauth2.resourceserver.jwt.*}):
 * <ul>
 * <li>a {@link NimbusJwtDecoder} reads a URN issuer without trying it as a URL first
 * ({@link UrnIssuerConverter}); every other claim is converted as by default, so a custom
 * claim set converter must come with a decoder of another type;</li>
 * <li>every {@link JwtDecoder} bean is put behind a {@link CachingJwtDecoder} unless
 * {@code carve.security.token-cache.enabled=false}.</li>
 * </ul>
 */
final class TokenDecodingPostProcessor implements BeanPostProcessor, EnvironmentAware {

	private SecurityProperties.TokenCache settings = new SecurityProperties.TokenCache(true,
			SecurityProperties.TokenCache.DEFAULT_MAX_AGE, SecurityProperties.TokenCache.DEFAULT_MAXIMUM_SIZE);

	@Override
	public void setEnvironment(Environment environment) {
		this.settings = Binder.get(environment)
			.bindOrCreate("carve.security.token-cache", Bindable.of(SecurityProperties.TokenCache.class));
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof NimbusJwtDecoder nimbus) {
			nimbus.setClaimSetConverter(UrnIssuerConverter.claimSetConverter());
		}
		return bean;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof JwtDecoder decoder && !(bean instanceof CachingJwtDecoder) && this.settings.enabled()) {
			return new CachingJwtDecoder(decoder, this.settings.maxAge(), this.settings.maximumSize());
		}
		return bean;
	}

}
