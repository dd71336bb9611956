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
 * with a one-second pause between two, spread over the given instances in turn. An order
 * that is not answered {@code 201 CONFIRMED} is a failure.
 */
final class OrderLoad {

	/**
	 * A customer's pause between two orders: a steady stream of orders that leaves the
	 * machine's two cores some room, so that what a test measures is what it does, not a
	 * saturated machine. With a quarter second, 20 customers over two monolith instances
	 * and inventory-service kept a 2-core machine at 100 % throughout (a command-line JVM
	 * took 14 s to start there); with a second, it still is around a cutover, while the
	 * {@code carve} commands start.
	 */
	private static final Duration THINK_TIME = Duration.ofSeconds(1);

	/** An order that took this long is listed with when it was placed. */
	private static final Duration SLOW = Duration.ofSeconds(2);

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final ExecutorService clients;

	private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

	private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

	private final List<String> slow = Collections.synchronizedList(new ArrayList<>());

	private final long started = System.nanoTime();

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
			long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
			this.latencies.add(took);
			if (took >= SLOW.toMillis()) {
				this.slow.add(String.format("%d ms from +%.1f s", took, secondsSinceStart(started)));
			}
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

	/**
	 * The orders that took two seconds or more: how long, and when they were placed
	 * ({@link #secondsSinceStart()}).
	 */
	List<String> slowOrders() {
		return this.slow;
	}

	/** Seconds since the customers started, to place other events beside the orders. */
	double secondsSinceStart() {
		return secondsSinceStart(System.nanoTime());
	}

	private double secondsSinceStart(long nanos) {
		return (nanos - this.started) / 1e9;
	}

	/** How many orders were placed, failed ones included. */
	int placed() {
		return this.latencies.size();
	}

}
