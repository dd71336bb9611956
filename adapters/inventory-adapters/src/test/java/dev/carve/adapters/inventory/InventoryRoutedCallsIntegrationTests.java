package dev.carve.adapters.inventory;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.contracts.inventory.StockLine;
import dev.carve.runtime.gateway.ModuleDormantException;
import dev.carve.runtime.module.ModuleRoute;
import dev.carve.runtime.route.ModuleRoutes;
import dev.carve.testkit.FreePorts;
import dev.carve.testkit.ModuleProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Calls a process sends to its own other side for inventory. A process that holds
 * inventory dormant and whose other side for it is the process itself: the shortest loop
 * two processes that both hold a module dormant can make. A call through its gateway goes
 * to the other side marked as routed, is refused there as dormant instead of being sent
 * on, and the caller answers that the module is dormant at — rather than passing the call
 * round until its deadline or its bulkhead ends it as unreachable.
 */
class InventoryRoutedCallsIntegrationTests {

	@ParameterizedTest
	@ValueSource(strings = { "grpc", "http" })
	void aCallToAnOtherSideWhereTheModuleIsDormantTooIsRefusedRatherThanForwardedAgain(String transport) {
		int httpPort = FreePorts.next();
		int grpcPort = FreePorts.next();
		String itself = "grpc".equals(transport) ? "127.0.0.1:" + grpcPort : "http://127.0.0.1:" + httpPort;
		try (ModuleProcess process = ModuleProcess.start(InventoryTestApplication.class, InventoryProcesses.TOKENS,
				"server.port=" + httpPort, "spring.grpc.server.port=" + grpcPort,
				"carve.modules.inventory.url=" + itself, "carve.modules.inventory.transport=" + transport,
				"carve.modules.inventory.client.deadline=20s")) {
			process.context().getBean(ModuleRoutes.class).change("inventory", ModuleRoute.DORMANT, "test");
			InventoryGateway inventory = process.context().getBean(InventoryGateway.class);
			ReserveStock request = new ReserveStock(UUID.randomUUID(), List.of(new StockLine("LOOP-1", 1)));

			// The process's channel to itself first tried to connect before its own
			// server listened: the first call finds it unreachable and makes it connect
			// again (ReconnectOnCall). Without the guard every call fails, after its
			// deadline.
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThatExceptionOfType(ModuleDormantException.class)
					.isThrownBy(() -> inventory.reserve(request))
					.satisfies((dormant) -> assertThat(dormant.module()).isEqualTo("inventory")));
		}
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aProcessServingTheModuleWarmsThePathToItsOtherSideWhichRefusesTheProbeAsDormant(CapturedOutput output) {
		try (ModuleProcess otherSide = ModuleProcess.start(InventoryTestApplication.class, InventoryProcesses.TOKENS,
				"carve.modules.inventory.route=dormant");
				ModuleProcess serving = ModuleProcess.start(InventoryTestApplication.class, InventoryProcesses.TOKENS,
						"carve.modules.inventory.url=" + otherSide.grpcTarget(),
						"carve.modules.inventory.transport=grpc")) {
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(output.getAll()).contains("The other side of inventory at "
						+ otherSide.grpcTarget() + " holds inventory dormant, ready to take it over"));
			assertThat(output.getAll())
				.doesNotContain("The other side of inventory at " + otherSide.grpcTarget() + " serves")
				.doesNotContain("refuses this process's calls");
		}
	}

}
