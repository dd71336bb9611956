package dev.carve.shop.identity.internal;

import java.util.Map;

import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;

/**
 * Refusals of the service-token endpoint. Each problem also carries the OAuth 2.0 error
 * code in member {@code error} (RFC 6749, section 5.2), so OAuth clients read it too.
 */
class ServiceClientException extends DomainException {

	private ServiceClientException(ErrorKind kind, String code, String message, String oauthError) {
		super(kind, code, message, Map.of("error", oauthError));
	}

	/** 401 {@code invalid-client}: unknown client id or wrong secret. */
	static ServiceClientException invalidClient() {
		return new ServiceClientException(ErrorKind.UNAUTHENTICATED, "invalid-client",
				"The client id or the client secret is wrong", "invalid_client");
	}

	/** 400 {@code unsupported-grant-type}: only {@code client_credentials} is served. */
	static ServiceClientException unsupportedGrantType(String grantType) {
		return new ServiceClientException(ErrorKind.INVALID, "unsupported-grant-type",
				"Grant type '" + grantType + "' is not supported here; use client_credentials",
				"unsupported_grant_type");
	}

}
