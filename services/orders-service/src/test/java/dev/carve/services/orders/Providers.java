package dev.carve.services.orders;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import dev.carve.services.testkit.IdentityStandIn;
import dev.carve.testkit.ModuleProcess;
import dev.carve.testkit.TestTokens;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The process that runs catalog, inventory and payments for the orders service in the
 * tests ({@link ProvidersTestApplication}, started by {@link ModuleProcess} on free
 * loopback ports with a database of its own), and what is done in it through its public
 * API with the identity stand-in's tokens.
 */
final class Providers {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final ModuleProcess process;

	private final IdentityStandIn identity;

	private Providers(ModuleProcess process, IdentityStandIn identity) {
		this.process = process;
		this.identity = identity;
	}

	/**
	 * Starts the process, trusting the identity stand-in's tokens.
	 * @param identity the identity the orders service trusts too
	 * @return the running process
	 */
	static Providers start(IdentityStandIn identity) {
		ModuleProcess process = ModuleProcess.start(ProvidersTestApplication.class, TestTokens.create(),
				"spring.config.name=providers",
				"spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + identity.jwkSetUri(),
				"spring.security.oauth2.resourceserver.jwt.issuer-uri=" + IdentityStandIn.ISSUER);
		return new Providers(process, identity);
	}

	/** {@code host:port} of its gRPC server. */
	String grpcTarget() {
		return this.process.grpcTarget();
	}

	/** {@code http://host:port} of its HTTP server. */
	String httpUrl() {
		return this.process.httpUrl();
	}

	/** Stops the process, as if it ended. */
	void stop() {
		this.process.stop();
	}

	/** Starts the process again, on the same ports and database. */
	void restart() {
		this.process.start();
	}

	/**
	 * An administrator adds a product to the catalog.
	 * @param price its unit price in EUR, such as {@code 12.50}
	 * @return its new SKU
	 */
	String addProduct(String price) {
		String sku = "ORD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		send("POST", "/api/v1/catalog/products", this.identity.admin(UUID.randomUUID()), """
				{"sku": "%s", "name": "Orders mug", "price": {"amount": "%s", "currency": "EUR"}}
				""".formatted(sku, price), 201);
		return sku;
	}

	/** An administrator puts units of a SKU that has no stock yet on hand. */
	void stock(String sku, int onHand) {
		send("PUT", "/api/v1/inventory/stock/" + sku, this.identity.admin(UUID.randomUUID()),
				"{\"onHand\": " + onHand + "}", 201);
	}

	/** The units of a SKU that can still be reserved. */
	int available(String sku) {
		return read("/api/v1/inventory/stock/" + sku, this.identity.admin(UUID.randomUUID())).get("available").asInt();
	}

	/** The status of the payment of an order, as the customer who placed it reads it. */
	String paymentStatus(UUID orderId, UUID customerId) {
		return read("/api/v1/payments/" + orderId, this.identity.customer(customerId)).get("status").asString();
	}

	private JsonNode read(String path, String token) {
		return json.readTree(send("GET", path, token, null, 200));
	}

	private String send(String method, String path, String token, @Nullable String body, int expectedStatus) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(httpUrl() + path))
			.header("Authorization", "Bearer " + token)
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != expectedStatus) {
				throw new IllegalStateException(
						method + " " + path + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
