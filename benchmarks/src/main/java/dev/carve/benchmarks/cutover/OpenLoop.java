package dev.carve.benchmarks.cutover;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import dev.carve.benchmarks.orderflow.ClosedLoop;

/**
 * An open loop: calls start at a fixed rate whatever the answers, each on a virtual
 * thread of its own, so a slow answer never delays the next call (as a shop's customers
 * keep ordering while one of them waits). A call's latency runs from the moment it was
 * due, not from when a thread got to it, so a stalled loop counts against the latency
 * rather than hiding. Every call is kept, with when it was due, so that any window of the
 * run can be looked at afterwards.
 */
final class OpenLoop implements AutoCloseable {

	/** What the loop does once; throws when the answer is not the expected one. */
	@FunctionalInterface
	interface Call {

		void run(int sequence) throws Exception;

	}

	/**
	 * One call.
	 *
	 * @param due when it was due, in {@link System#nanoTime()}
	 * @param nanos from then until its answer
	 * @param failure what went wrong, or {@code null} for an expected answer
	 */
	record Sample(long due, long nanos, @Nullable Exception failure) {
	}

	private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();

	private final AtomicInteger inFlight = new AtomicInteger();

	private final Thread pacer;

	private volatile boolean stopped;

	private OpenLoop(double perSecond, Call call) {
		long interval = (long) (1e9 / perSecond);
		this.pacer = Thread.ofPlatform().name("open-loop").start(() -> {
			long next = System.nanoTime();
			for (int sequence = 0; !this.stopped; sequence++) {
				long wait = next - System.nanoTime();
				if (wait > 0) {
					try {
						Thread.sleep(Duration.ofNanos(wait));
					}
					catch (InterruptedException ex) {
						return;
					}
				}
				long due = next;
				int id = sequence;
				this.inFlight.incrementAndGet();
				Thread.ofVirtual().start(() -> place(call, id, due));
				next += interval;
			}
		});
	}

	/**
	 * Starts calling.
	 * @param perSecond the calls started per second
	 * @param call what each call does, given its sequence number from 0
	 */
	static OpenLoop start(double perSecond, Call call) {
		return new OpenLoop(perSecond, call);
	}

	private void place(Call call, int sequence, long due) {
		try {
			call.run(sequence);
			this.samples.add(new Sample(due, System.nanoTime() - due, null));
		}
		catch (Exception ex) {
			this.samples.add(new Sample(due, System.nanoTime() - due, ex));
		}
		finally {
			this.inFlight.decrementAndGet();
		}
	}

	/**
	 * The calls that were due in a window and have answered.
	 * @param from the window's start, in {@link System#nanoTime()}
	 * @param to its end, exclusive
	 * @return their latencies, sorted, and the number that failed
	 */
	ClosedLoop.Result window(long from, long to) {
		List<Sample> inside = new ArrayList<>();
		for (Sample sample : this.samples) {
			if (sample.due() >= from && sample.due() < to) {
				inside.add(sample);
			}
		}
		return result(inside, to - from);
	}

	private static ClosedLoop.Result result(List<Sample> inside, long nanos) {
		long[] latencies = inside.stream()
			.filter((sample) -> sample.failure() == null)
			.mapToLong(Sample::nanos)
			.sorted()
			.toArray();
		return new ClosedLoop.Result(latencies, inside.size() - latencies.length, Duration.ofNanos(nanos));
	}

	/**
	 * The calls that were in flight at some moment of a stretch: due before its end and
	 * answered after its start.
	 * @param from the stretch's start, in {@link System#nanoTime()}
	 * @param to its end
	 * @return their latencies, sorted, and the number that failed
	 */
	ClosedLoop.Result overlapping(long from, long to) {
		List<Sample> inside = new ArrayList<>();
		for (Sample sample : this.samples) {
			if (sample.due() < to && sample.due() + sample.nanos() > from) {
				inside.add(sample);
			}
		}
		return result(inside, to - from);
	}

	/** The calls that failed so far, in no order. */
	List<Sample> failures() {
		return this.samples.stream().filter((sample) -> sample.failure() != null).toList();
	}

	/**
	 * Stops starting calls and waits up to a minute for those in flight to answer.
	 */
	@Override
	public void close() throws InterruptedException {
		this.stopped = true;
		this.pacer.join();
		long giveUp = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (this.inFlight.get() > 0 && System.nanoTime() < giveUp) {
			Thread.sleep(50);
		}
	}

}
