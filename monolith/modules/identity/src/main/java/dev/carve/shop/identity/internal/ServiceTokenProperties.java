package dev.carve.shop.identity.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deployables that may ask identity for a service credential, under
 * {@code shop.identity.service-tokens}. A process that runs identity mints its own and
 * needs no entry here; a standalone service that calls other modules is registered once
 * and fetches its credential from {@code POST /api/v1/identity/service-tokens} with the
 * client-credentials grant.
 *
 * @param lifetime how long a service token is valid
 * @param clients the registered clients, by name; with environment variables,
 * {@code SHOP_IDENTITY_SERVICETOKENS_CLIENTS_<NAME>_SECRET} and so on
 */
@ConfigurationProperties("shop.identity.service-tokens")
public record ServiceTokenProperties(@DefaultValue("5m") Duration lifetime, Map<String, Client> clients) {

	/** The shortest secret accepted: 32 characters. */
	public static final int MIN_SECRET_LENGTH = 32;

	public ServiceTokenProperties {
		if (!lifetime.isPositive()) {
			throw new IllegalArgumentException("shop.identity.service-tokens.lifetime must be positive");
		}
		clients = (clients != null) ? Map.copyOf(clients) : Map.of();
		clients.forEach((name, client) -> client.check(name));
	}

	/**
	 * One registered client.
	 *
	 * @param clientId the id it authenticates with; the entry's name when not set
	 * @param secret its secret, at least
	 * {@value ServiceTokenProperties#MIN_SECRET_LENGTH} characters (generate one:
	 * {@code openssl rand -base64 33})
	 * @param mayCall the modules whose gateways it may call, and {@code operations} for
	 * metrics and operations endpoints
	 */
	public record Client(@Nullable String clientId, String secret, List<String> mayCall) {

		void check(String name) {
			String prefix = "shop.identity.service-tokens.clients." + name;
			if (this.secret == null || this.secret.length() < MIN_SECRET_LENGTH) {
				throw new IllegalArgumentException(
						prefix + ".secret must have at least " + MIN_SECRET_LENGTH + " characters");
			}
			if (this.mayCall == null || this.mayCall.isEmpty()) {
				throw new IllegalArgumentException(prefix + ".may-call must name the modules it calls (or operations)");
			}
		}

		/** The client id, the entry's name when none is set. */
		public String idOr(String name) {
			return (this.clientId != null && !this.clientId.isBlank()) ? this.clientId : name;
		}

		@Override
		public String toString() {
			return "Client[clientId=" + this.clientId + ", secret=******, mayCall=" + this.mayCall + "]";
		}

	}

}
