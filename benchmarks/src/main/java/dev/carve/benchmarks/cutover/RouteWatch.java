package dev.carve.benchmarks.cutover;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

import dev.carve.benchmarks.move.MoveServers;

/**
 * Watches a module's route in an app's database ({@code carve_runtime.module_routes},
 * where every instance of the app reads it) every 5 ms on a thread and one connection of
 * its own, and keeps when it first saw the route {@code fenced} and {@code dormant}: the
 * fence on the load's clock, within the polling interval and a query's time.
 */
final class RouteWatch implements AutoCloseable {

	private static final long UNSEEN = Long.MIN_VALUE;

	private final Connection connection;

	private final Thread poller;

	private volatile boolean stopped;

	private volatile long fenced = UNSEEN;

	private volatile long dormant = UNSEEN;

	private volatile @Nullable SQLException failure;

	private RouteWatch(String database, String module) throws SQLException {
		this.connection = MoveServers.connect(database);
		PreparedStatement query = this.connection
			.prepareStatement("SELECT route FROM carve_runtime.module_routes WHERE module = ?");
		query.setString(1, module);
		this.poller = Thread.ofPlatform().name("route-watch").start(() -> poll(query));
	}

	/**
	 * Starts watching.
	 * @param database the app's database, its JDBC URL with the user
	 * @param module the module
	 */
	static RouteWatch start(String database, String module) throws SQLException {
		return new RouteWatch(database, module);
	}

	private void poll(PreparedStatement query) {
		try {
			while (!this.stopped && this.dormant == UNSEEN) {
				try (ResultSet result = query.executeQuery()) {
					String route = result.next() ? result.getString(1) : "";
					long now = System.nanoTime();
					if ("fenced".equals(route) && this.fenced == UNSEEN) {
						this.fenced = now;
					}
					if ("dormant".equals(route)) {
						this.dormant = now;
					}
				}
				Thread.sleep(5);
			}
		}
		catch (SQLException ex) {
			this.failure = ex;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Stops watching.
	 * @return when the route was first seen fenced and dormant, in
	 * {@link System#nanoTime()}
	 * @throws IllegalStateException when it was not seen fenced and then dormant
	 */
	Fence fence() throws InterruptedException {
		this.stopped = true;
		this.poller.join();
		if (this.failure != null) {
			throw new IllegalStateException("Could not watch the route", this.failure);
		}
		if (this.fenced == UNSEEN || this.dormant == UNSEEN) {
			throw new IllegalStateException("The route was not seen fenced, then dormant");
		}
		return new Fence(this.fenced, this.dormant);
	}

	@Override
	public void close() throws SQLException, InterruptedException {
		this.stopped = true;
		this.poller.join();
		this.connection.close();
	}

	/**
	 * The fence as the watch saw it.
	 *
	 * @param from when the route was first seen fenced
	 * @param to when it was first seen dormant
	 */
	record Fence(long from, long to) {

		double millis() {
			return (this.to - this.from) / 1e6;
		}

	}

}
