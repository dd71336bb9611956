package dev.carve.endtoend;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers placing orders of one unit of a SKU until stopped, each one order at a time
 * with a quarter-second pause between two, spread over the given instances in turn. An
 * order that is not answered {@code 201 CONFIRMED} is a failure.
 */
final class OrderLoad {

	/**
	 * A customer's pause between two orders: a steady stream of orders that leaves the
	 * machine's two cores some room, so that what a test measures is what it does, not a
	 * saturated machine.
	 */
	private static final Duration THINK_TIME = Duration.ofMillis(250);

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final ExecutorService clients;

	private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

	private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

	private OrderLoad(int customers) {
		this.clients = Executors.newFixedThreadPool(customers);
	}

	/**
	 * Starts the customers.
	 * @param instances the base URLs the customers order through, in turn
	 * @param customers their tokens
	 * @param sku what they order
	 * @return the running load
	 */
	static OrderLoad start(List<String> instances, List<String> customers, String sku) {
		OrderLoad load = new OrderLoad(customers.size());
		for (int i = 0; i < customers.size(); i++) {
			String token = customers.get(i);
			String base = instances.get(i % instances.size());
			load.clients.submit(() -> load.placeOrders(base, token, sku));
		}
		return load;
	}

	private void placeOrders(String base, String token, String sku) {
		while (this.running.get()) {
			pause();
			long started = System.nanoTime();
			ShopUser.Answer answer = ShopUser.order(base, token, sku, 1);
			this.latencies.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
			if (answer.status() != 201 || !answer.raw().body().contains("CONFIRMED")) {
				this.failures.add(base + " " + answer.status() + " " + answer.raw().body());
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(THINK_TIME);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Stops every customer once their order under way is answered. */
	void stop() throws InterruptedException {
		this.running.set(false);
		this.clients.shutdown();
		assertThat(this.clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
	}

	/** The orders that failed: instance, status and body. */
	List<String> failures() {
		return this.failures;
	}

	List<Long> latenciesMillis() {
		return this.latencies;
	}

	/** How many orders were placed, failed ones included. */
	int placed() {
		return this.latencies.size();
	}

}
