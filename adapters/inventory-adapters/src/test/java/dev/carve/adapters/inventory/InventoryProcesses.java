package dev.carve.adapters.inventory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.carve.adapters.testkit.ModeProcesses;
import dev.carve.adapters.testkit.PublicApi;
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

	private static final PublicApi API = PROCESSES.providerApi();

	private static final String STOCK = "/api/v1/inventory/stock/";

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
		API.put(STOCK + sku, TOKENS.admin(UUID.randomUUID()), Map.of("onHand", onHand), 201);
	}

	/** A SKU's available stock, read through the provider's public API. */
	static int available(String sku) {
		return API.get(STOCK + sku, TOKENS.admin(UUID.randomUUID()), 200).path("available").asInt();
	}

}
