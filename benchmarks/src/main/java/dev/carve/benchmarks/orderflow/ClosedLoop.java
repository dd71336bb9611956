package dev.carve.benchmarks.orderflow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed loop: each client places an order, waits for the answer, and places the next,
 * for a fixed time. Latencies are kept whole (no histogram buckets).
 */
public final class ClosedLoop {

	/** What a client does once; throws when the answer is not the expected one. */
	@FunctionalInterface
	interface Call {

		void run(int client) throws Exception;

	}

	private ClosedLoop() {
	}

	/**
	 * Runs the loop.
	 * @param clients the number of concurrent clients (platform threads)
	 * @param duration how long
	 * @param call what each client repeats
	 * @return the latencies of the calls that succeeded, and the number that failed
	 */
	static Result run(int clients, Duration duration, Call call) throws InterruptedException {
		long end = System.nanoTime() + duration.toNanos();
		List<long[]> latencies = new ArrayList<>();
		int[] counts = new int[clients];
		AtomicLong failures = new AtomicLong();
		List<Thread> threads = new ArrayList<>();
		long started = System.nanoTime();
		for (int client = 0; client < clients; client++) {
			long[] own = new long[1 << 20];
			latencies.add(own);
			int id = client;
			threads.add(Thread.ofPlatform().name("client-" + client).start(() -> {
				while (System.nanoTime() < end && counts[id] < own.length) {
					long before = System.nanoTime();
					try {
						call.run(id);
						own[counts[id]++] = System.nanoTime() - before;
					}
					catch (Exception ex) {
						if (failures.getAndIncrement() == 0) {
							System.err.println("First failure: " + ex);
						}
					}
				}
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		long elapsed = System.nanoTime() - started;
		long[] all = new long[Arrays.stream(counts).sum()];
		int at = 0;
		for (int client = 0; client < clients; client++) {
			System.arraycopy(latencies.get(client), 0, all, at, counts[client]);
			at += counts[client];
		}
		Arrays.sort(all);
		return new Result(all, failures.get(), Duration.ofNanos(elapsed));
	}

	/**
	 * What a loop measured.
	 *
	 * @param latencies the latencies of successful calls in nanoseconds, sorted
	 * @param failures the number of calls that failed
	 * @param elapsed how long the loop ran
	 */
	public record Result(long[] latencies, long failures, Duration elapsed) {

		public double throughput() {
			return this.latencies.length / (this.elapsed.toNanos() / 1e9);
		}

		public double percentileMillis(double percentile) {
			if (this.latencies.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(percentile / 100.0 * this.latencies.length) - 1;
			return this.latencies[Math.max(0, index)] / 1e6;
		}

		/** The slowest call's latency in milliseconds; NaN without a call. */
		public double maxMillis() {
			return (this.latencies.length == 0) ? Double.NaN : this.latencies[this.latencies.length - 1] / 1e6;
		}

	}

}
