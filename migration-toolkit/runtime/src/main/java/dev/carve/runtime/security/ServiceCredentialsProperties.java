package dev.carve.runtime.security;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a process that does not run the identity module gets its service credential, under
 * {@code carve.service-credentials}: the client-credentials grant against identity's
 * token endpoint, as a client registered there
 * ({@code shop.identity.service-tokens.clients.*}). Needed only by a process that calls
 * modules running elsewhere.
 *
 * @param tokenUri identity's token endpoint, such as
 * {@code http://identity:8080/api/v1/identity/service-tokens}
 * @param clientId this deployable's client id, as registered in identity
 * @param clientSecret its secret (from the platform's secret store; never logged)
 * @param timeout how long fetching a token may take before calls fail as unavailable
 */
@ConfigurationProperties("carve.service-credentials")
public record ServiceCredentialsProperties(@Nullable String tokenUri, @Nullable String clientId,
		@Nullable String clientSecret, @DefaultValue("2s") Duration timeout) {

	@Override
	public String toString() {
		return "ServiceCredentialsProperties[tokenUri=" + this.tokenUri + ", clientId=" + this.clientId
				+ ", clientSecret=******, timeout=" + this.timeout + "]";
	}

}
