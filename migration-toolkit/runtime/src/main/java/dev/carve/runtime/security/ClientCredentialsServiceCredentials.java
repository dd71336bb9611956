package dev.carve.runtime.security;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Service credentials from identity's token endpoint with the OAuth 2.0
 * client-credentials grant (client id and secret sent with HTTP Basic). One token serves
 * every module the client is registered for; it is kept until a minute before it expires,
 * and only one thread fetches a new one while the others wait for it.
 */
final class ClientCredentialsServiceCredentials implements ServiceCredentials {

	private final ClientRegistration registration;

	private final RestClientClientCredentialsTokenResponseClient tokens = new RestClientClientCredentialsTokenResponseClient();

	private final Clock clock;

	private volatile @Nullable OAuth2AccessToken token;

	ClientCredentialsServiceCredentials(ServiceCredentialsProperties properties, Clock clock) {
		this.registration = ClientRegistration.withRegistrationId("carve-service")
			.clientId(required(properties.clientId(), "client-id"))
			.clientSecret(required(properties.clientSecret(), "client-secret"))
			.tokenUri(required(properties.tokenUri(), "token-uri"))
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
		requests.setReadTimeout(properties.timeout());
		this.tokens.setRestClient(RestClient.builder().requestFactory(requests).messageConverters((converters) -> {
			converters.clear();
			converters.add(new FormHttpMessageConverter());
			converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
		}).defaultStatusHandler(new OAuth2ErrorResponseErrorHandler()).build());
		this.clock = clock;
	}

	@Override
	public String tokenFor(String module) {
		OAuth2AccessToken current = this.token;
		if (fresh(current)) {
			return current.getTokenValue();
		}
		synchronized (this) {
			current = this.token;
			if (!fresh(current)) {
				current = fetch();
				this.token = current;
			}
			return current.getTokenValue();
		}
	}

	private boolean fresh(@Nullable OAuth2AccessToken token) {
		Instant expiresAt = (token != null) ? token.getExpiresAt() : null;
		return expiresAt != null && this.clock.instant().plus(ServiceTokens.RENEW_BEFORE_EXPIRY).isBefore(expiresAt);
	}

	private OAuth2AccessToken fetch() {
		try {
			return this.tokens.getTokenResponse(new OAuth2ClientCredentialsGrantRequest(this.registration))
				.getAccessToken();
		}
		catch (OAuth2AuthorizationException | RestClientException ex) {
			throw new ServiceCredentialsUnavailableException(
					"No service credential from " + this.registration.getProviderDetails().getTokenUri()
							+ " for client '" + this.registration.getClientId() + "': " + ex.getMessage(),
					ex);
		}
	}

	private static String required(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("carve.service-credentials." + name + " is not set: a process that "
					+ "calls modules running elsewhere without the identity module needs token-uri, client-id and "
					+ "client-secret of a client registered in identity");
		}
		return value;
	}

}
