package dev.carve.shop.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The clients registered in {@code shop.identity.service-tokens.clients}, by client id.
 * Secrets are compared in constant time, and an unknown client id costs the same as a
 * wrong secret.
 */
@Component
class ServiceClients {

	private static final byte[] NO_SECRET = sha256("no client has this secret");

	private final Map<String, Registered> byId;

	ServiceClients(ServiceTokenProperties properties) {
		this.byId = properties.clients()
			.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toUnmodifiableMap((entry) -> entry.getValue().idOr(entry.getKey()),
					(entry) -> new Registered(entry.getValue().idOr(entry.getKey()), sha256(entry.getValue().secret()),
							List.copyOf(entry.getValue().mayCall()))));
	}

	/**
	 * The client with that id and secret.
	 * @param clientId the presented client id
	 * @param secret the presented secret
	 * @return what the client may call
	 * @throws ServiceClientException {@code invalid-client} when the id is unknown or the
	 * secret wrong
	 */
	Registered authenticate(@Nullable String clientId, @Nullable String secret) {
		Registered client = (clientId != null) ? this.byId.get(clientId) : null;
		byte[] expected = (client != null) ? client.secretDigest() : NO_SECRET;
		boolean matches = MessageDigest.isEqual(expected, sha256((secret != null) ? secret : ""));
		if (client == null || !matches) {
			throw ServiceClientException.invalidClient();
		}
		return client;
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A registered client.
	 *
	 * @param clientId its id
	 * @param secretDigest SHA-256 of its secret
	 * @param mayCall what it may call
	 */
	record Registered(String clientId, byte[] secretDigest, List<String> mayCall) {
	}

}
