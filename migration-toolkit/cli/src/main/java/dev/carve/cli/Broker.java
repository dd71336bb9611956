package dev.carve.cli;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The Kafka broker the changes travel through.
 *
 * @param bootstrap its bootstrap address, {@code host:port[,host:port…]}
 */
record Broker(String bootstrap) {

	/** How long a call to the broker may take, also on a loaded machine. */
	static final int TIMEOUT_MILLIS = 10_000;

	/**
	 * Checks that the broker answers within {@link #TIMEOUT_MILLIS}.
	 * @return the cluster's id
	 * @throws CarveException {@link Carve#UNREACHABLE} when it does not answer
	 */
	String check() {
		try (Admin admin = Admin.create(adminConfig())) {
			return admin.describeCluster().clusterId().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw unreachable(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unreachable(ex);
		}
		catch (org.apache.kafka.common.KafkaException ex) {
			throw unreachable(ex);
		}
	}

	/** Client settings every Kafka client of the command starts from. */
	Map<String, Object> adminConfig() {
		return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS,
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS,
				AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
	}

	private CarveException unreachable(Exception ex) {
		return CarveException.unreachable(
				"cannot reach the Kafka broker at " + this.bootstrap
						+ ". Check that it runs and that --kafka is right (" + ex.getClass().getSimpleName() + ").",
				ex);
	}

}
