package dev.carve.adapters.inventory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.carve.adapters.testkit.ModeProcesses;
import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.runtime.module.ModuleMode;
import dev.carve.testkit.ModuleProcess;
import dev.carve.testkit.TestTokens;

import org.springframework.context.ApplicationContext;

/**
 * The processes the inventory tests share, started once per test JVM: the provider
 * (inventory in-process, on PostgreSQL) and one consumer per remote mode.
 */
final class InventoryProcesses {

	static final TestTokens TOKENS = TestTokens.create();

	private static final Map<ModuleMode, ModuleProcess> strangers = new EnumMap<>(ModuleMode.class);

	private static final ModeProcesses<InventoryGateway> PROCESSES = ModeProcesses
		.of(InventoryTestApplication.class, TOKENS, "inventory", InventoryGateway.class)
		.withProvider("management.tracing.sampling.probability=1.0")
		.withConsumers((provider) -> List.of("management.tracing.sampling.probability=1.0"));

	private InventoryProcesses() {
	}

	static ModuleProcess provider() {
		return PROCESSES.provider();
	}

	static InventoryGateway gateway(ModuleMode mode) {
		return PROCESSES.gateway(mode);
	}

	/** The context of the consumer that calls in a remote mode. */
	static ApplicationContext consumerContext(ModuleMode mode) {
		return PROCESSES.consumer(mode).context();
	}

	/**
	 * A gateway in a consumer whose service credentials come from another issuer than the
	 * one the provider trusts: a module of some other system.
	 */
	static synchronized InventoryGateway strangerGateway(ModuleMode mode) {
		return strangers.computeIfAbsent(mode, (remote) -> PROCESSES.startConsumer(remote, TestTokens.create()))
			.context()
			.getBean(InventoryGateway.class);
	}

	/**
	 * Puts units of a SKU that has no stock yet on hand, through the provider's public
	 * API, as an administrator.
	 */
	static void stock(String sku, int onHand) {
		send(HttpRequest.newBuilder(URI.create(provider().httpUrl() + "/api/v1/inventory/stock/" + sku))
			.header("Authorization", "Bearer " + TOKENS.admin(UUID.randomUUID()))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"onHand\":" + onHand + "}"))
			.build(), 201);
	}

	/** A SKU's available stock, read through the provider's public API. */
	static int available(String sku) {
		String body = send(HttpRequest.newBuilder(URI.create(provider().httpUrl() + "/api/v1/inventory/stock/" + sku))
			.header("Authorization", "Bearer " + TOKENS.admin(UUID.randomUUID()))
			.GET()
			.build(), 200);
		return Integer.parseInt(body.replaceAll(".*\"available\"\\s*:\\s*(\\d+).*", "$1"));
	}

	private static String send(HttpRequest request, int expectedStatus) {
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != expectedStatus) {
				throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
						+ response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
