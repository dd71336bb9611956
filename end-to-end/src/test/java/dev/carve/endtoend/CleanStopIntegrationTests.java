package dev.carve.endtoend;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.carve.adapters.orders.OrdersEventCodecs;
import dev.carve.contracts.orders.OrderCancelled;
import dev.carve.contracts.orders.OrderedLine;
import dev.carve.kernel.Money;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.testkit.TopicRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * inventory-service on its embedded PostgreSQL, with Kafka on, stopped (SIGTERM) again
 * and again while events arrive and its readiness is polled: every stop ends within the
 * graceful-shutdown timeout and the log, start to stop, has no stack trace and no error.
 * Two stops by default, to keep the suite short; {@code -Dcarve.test.stops=20} for
 * twenty.
 */
class CleanStopIntegrationTests {

	/** Spring Boot's {@code spring.lifecycle.timeout-per-shutdown-phase}. */
	private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

	private static final int STOPS = Integer.getInteger("carve.test.stops", 2);

	private static final ModuleEvents ORDERS = OrdersEventCodecs.moduleEvents();

	@Test
	void stopsCleanlyAndInTimeUnderLightLoad(@TempDir Path data) throws Exception {
		Map<String, String> environment = ServiceProcess.environment("http://127.0.0.1:9");
		environment.keySet().removeIf((name) -> name.startsWith("SPRING_DATASOURCE_"));
		environment.put("CARVE_EMBEDDEDPOSTGRES_DATADIR", data.toString());
		String logName = "inventory-service-stops-" + UUID.randomUUID();
		List<Duration> stops = new ArrayList<>();
		AtomicInteger published = new AtomicInteger();
		AtomicBoolean loading = new AtomicBoolean(true);
		Thread load = Thread.ofVirtual().start(() -> publishCancellations(loading, published));
		try (ServiceProcess inventory = new ServiceProcess("inventory", environment, logName)) {
			for (int stop = 0; stop < STOPS; stop++) {
				inventory.start();
				Thread poller = Thread.ofVirtual().start(() -> pollReadiness(inventory.httpUrl()));
				Thread.sleep(1500);
				stops.add(inventory.terminate(SHUTDOWN_TIMEOUT.plusSeconds(15)));
				poller.join();
			}
			String log = inventory.log();
			assertThat(log).as("inventory-service's log over %d stops", STOPS)
				.doesNotContain("\tat ", " ERROR ")
				.contains("Consuming [carve.orders.OrderConfirmed, carve.orders.OrderCancelled]");
			List<String> runs = List.of(log.split("Tomcat started on port")).subList(1, STOPS + 1);
			assertThat(runs).hasSize(STOPS)
				.allSatisfy((run) -> assertThat(run).containsSubsequence(
						"inventory-service.inventory: Consumer stopped", "Outbox relay stopped",
						"carve-embedded - Shutdown completed", "Embedded PostgreSQL on port"));
		}
		finally {
			loading.set(false);
			load.join();
		}
		System.out.printf("%d stops of inventory-service with Kafka on: %s (slowest %s), %d events published%n", STOPS,
				stops, stops.stream().max(Duration::compareTo).orElseThrow(), published.get());
		assertThat(stops).hasSize(STOPS).allSatisfy((took) -> assertThat(took).isLessThan(SHUTDOWN_TIMEOUT));
		assertThat(published.get()).isPositive();
	}

	/**
	 * Cancellations of orders inventory never saw: each is consumed and changes nothing.
	 */
	private static void publishCancellations(AtomicBoolean loading, AtomicInteger published) {
		while (loading.get()) {
			OrderCancelled event = new OrderCancelled(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null,
					List.of(new OrderedLine("STOP-TEST", 1, Money.of("1.00", "EUR"))), "stop test", Instant.now());
			TopicRecords.write(ORDERS.topic(OrderCancelled.class), event.aggregateKey(),
					ORDERS.codec(OrderCancelled.class).encode(event));
			published.incrementAndGet();
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	/** Polls readiness (a database check) until the service no longer answers. */
	private static void pollReadiness(String url) {
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness"))
				.timeout(Duration.ofSeconds(5))
				.build();
			while (true) {
				client.send(request, HttpResponse.BodyHandlers.discarding());
				Thread.sleep(50);
			}
		}
		catch (Exception ex) {
			// The service stopped answering.
		}
	}

}
