package dev.carve.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps changing the inventory module's rows in a source database on a thread of its own,
 * as the monolith does while its module moves: updates stock, adds and removes
 * reservations. It leaves the first and the last ten SKUs alone.
 */
final class StockWriter implements AutoCloseable {

	/** The least time between two transactions: a steady rate, shared machines or not. */
	static final Duration PAUSE = Duration.ofMillis(2);

	private final AtomicBoolean writing = new AtomicBoolean(true);

	private final ExecutorService thread = Executors.newSingleThreadExecutor();

	private final Future<Integer> writes;

	private StockWriter(String source, int skus) {
		this.writes = this.thread.submit(() -> write(source, skus));
		this.thread.shutdown();
	}

	/**
	 * Starts writing.
	 * @param skus the SKUs the source was made with ({@link InventoryData#newSource})
	 */
	static StockWriter start(String source, int skus) {
		return new StockWriter(source, skus);
	}

	/** Stops writing; the transactions committed. */
	int stop() throws Exception {
		this.writing.set(false);
		return this.writes.get(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() {
		this.writing.set(false);
	}

	private int write(String source, int skus) {
		int writes = 0;
		try (Connection connection = Servers.connect(source); Statement statement = connection.createStatement()) {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			while (this.writing.get()) {
				String sku = String.format("SKU-%06d", random.nextInt(10, skus - 10));
				switch (writes % 4) {
					case 0, 1 -> statement.execute("UPDATE inventory.stock SET on_hand = on_hand + 1, version = version"
							+ " + 1 WHERE sku = '" + sku + "'");
					case 2 -> statement.execute("INSERT INTO inventory.reservations (id, order_id, status, expires_at,"
							+ " created_at) VALUES (gen_random_uuid(), gen_random_uuid(), 'RESERVED', now(), now())");
					default -> statement.execute("DELETE FROM inventory.reservations WHERE id = (SELECT id FROM"
							+ " inventory.reservations ORDER BY random() LIMIT 1)");
				}
				writes++;
				TimeUnit.NANOSECONDS.sleep(PAUSE.toNanos());
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return writes;
	}

}
