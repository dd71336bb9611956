package dev.carve.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The running change stream of a move: a {@link ChangeReader} from the source's slot onto
 * the topic and a {@link ChangeApplier} from the topic into the target, each on its own
 * thread. Closing it stops both.
 */
final class ChangeStream implements AutoCloseable {

	private final ChangeReader reader;

	private final ChangeApplier applier;

	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	private final Future<?> reading;

	private final Future<?> applying;

	private ChangeStream(ChangeReader reader, ChangeApplier applier) {
		this.reader = reader;
		this.applier = applier;
		this.reading = this.threads.submit(reader);
		this.applying = this.threads.submit(applier);
	}

	static ChangeStream start(Database source, Database target, Broker broker, MoveNames names,
			Map<String, List<String>> keys) {
		ChangeTopic topic = new ChangeTopic(broker, names);
		return new ChangeStream(new ChangeReader(source, names, topic.producer()),
				new ChangeApplier(target, names, keys, topic.consumer()));
	}

	/** Waits until the stream fails or the JVM stops. */
	void await() throws Exception {
		while (true) {
			check();
			TimeUnit.MILLISECONDS.sleep(200);
		}
	}

	/**
	 * Waits until the target has applied every source transaction committed before now.
	 * @param slot the source, which marks "now" in its WAL
	 */
	void awaitCaughtUp(SourceSlot slot) throws Exception {
		long mark = slot.mark();
		while (this.applier.appliedLsn() < mark) {
			check();
			TimeUnit.MILLISECONDS.sleep(20);
		}
	}

	long appliedTransactions() {
		return this.applier.appliedTransactions();
	}

	private void check() throws Exception {
		for (Future<?> future : List.of(this.reading, this.applying)) {
			if (future.isDone()) {
				try {
					future.get();
				}
				catch (ExecutionException ex) {
					throw CarveException.failed(ex.getCause().getMessage(), ex.getCause());
				}
				throw CarveException.failed("the change stream stopped", null);
			}
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.reader.stop();
		this.applier.stop();
		this.threads.shutdown();
		if (!this.threads.awaitTermination(10, TimeUnit.SECONDS)) {
			this.threads.shutdownNow();
		}
		try {
			this.reading.get(1, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			// Stopping: what the reader did last is replayed from the slot next time.
		}
	}

}
