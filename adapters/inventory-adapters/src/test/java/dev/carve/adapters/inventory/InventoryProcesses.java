package dev.carve.adapters.inventory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.runtime.module.ModuleMode;
import dev.carve.testkit.ModuleProcess;
import dev.carve.testkit.TestTokens;

/**
 * The processes the inventory tests share, started once per test JVM: the provider
 * (inventory in-process, on PostgreSQL) and one consumer per remote mode.
 */
final class InventoryProcesses {

	static final TestTokens TOKENS = TestTokens.create();

	private static ModuleProcess provider;

	private static ModuleProcess grpcConsumer;

	private static ModuleProcess httpConsumer;

	private static ModuleProcess stranger;

	private static ModuleProcess strangerOverHttp;

	private InventoryProcesses() {
	}

	static synchronized ModuleProcess provider() {
		if (provider == null) {
			provider = ModuleProcess.start(InventoryTestApplication.class, TOKENS,
					"management.tracing.sampling.probability=1.0");
		}
		return provider;
	}

	static synchronized InventoryGateway gateway(ModuleMode mode) {
		return switch (mode) {
			case IN_PROCESS -> provider().context().getBean(InventoryGateway.class);
			case GRPC -> {
				if (grpcConsumer == null) {
					grpcConsumer = consumer("grpc", provider().grpcTarget());
				}
				yield grpcConsumer.context().getBean(InventoryGateway.class);
			}
			case HTTP -> {
				if (httpConsumer == null) {
					httpConsumer = consumer("http", provider().httpUrl());
				}
				yield httpConsumer.context().getBean(InventoryGateway.class);
			}
		};
	}

	/** The context of the consumer that calls in a remote mode. */
	static synchronized org.springframework.context.ApplicationContext consumerContext(ModuleMode mode) {
		gateway(mode);
		return ((mode == ModuleMode.GRPC) ? grpcConsumer : httpConsumer).context();
	}

	/**
	 * A gateway in a consumer whose service credentials come from another issuer than the
	 * one the provider trusts: a module of some other system.
	 */
	static synchronized InventoryGateway strangerGateway(ModuleMode mode) {
		if (mode == ModuleMode.GRPC) {
			if (stranger == null) {
				stranger = ModuleProcess.start(InventoryTestApplication.class, TestTokens.create(),
						"carve.modules.inventory.mode=grpc", "carve.modules.inventory.url=" + provider().grpcTarget());
			}
			return stranger.context().getBean(InventoryGateway.class);
		}
		if (strangerOverHttp == null) {
			strangerOverHttp = ModuleProcess.start(InventoryTestApplication.class, TestTokens.create(),
					"carve.modules.inventory.mode=http", "carve.modules.inventory.url=" + provider().httpUrl());
		}
		return strangerOverHttp.context().getBean(InventoryGateway.class);
	}

	private static ModuleProcess consumer(String mode, String url) {
		return ModuleProcess.start(InventoryTestApplication.class, TOKENS, "carve.modules.inventory.mode=" + mode,
				"carve.modules.inventory.url=" + url, "management.tracing.sampling.probability=1.0");
	}

	/** Sets a SKU's stock through the provider's public API, as an administrator. */
	static void stock(String sku, int onHand) {
		send(HttpRequest.newBuilder(URI.create(provider().httpUrl() + "/api/v1/inventory/stock/" + sku))
			.header("Authorization", "Bearer " + TOKENS.admin(UUID.randomUUID()))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"onHand\":" + onHand + "}"))
			.build(), 200);
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
