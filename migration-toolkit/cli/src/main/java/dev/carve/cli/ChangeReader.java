package dev.carve.cli;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.replication.LogSequenceNumber;
import org.postgresql.replication.PGReplicationStream;

/**
 * Streams a module's changes from its replication slot onto its change topic, in commit
 * order, without waiting for each record. The slot is told a transaction is done only
 * once Kafka has acknowledged its commit record (the driver's automatic flush is off; the
 * idempotent producer acknowledges in order), so the slot keeps every change not safely
 * on the topic; after a crash the slot replays from there and the topic may hold a
 * transaction twice, which the {@link ChangeApplier} skips by its commit LSN.
 */
final class ChangeReader implements Runnable {

	/**
	 * Empty reads of the slot that are each followed by 1 ms of sleep rather than 10 ms:
	 * a stream that had a message within the last 50 ms is read again within a
	 * millisecond; an idle one costs a wake-up every 10 ms.
	 */
	private static final int BUSY_POLLS = 50;

	private final Database source;

	private final MoveNames names;

	private final KafkaProducer<byte[], byte[]> producer;

	private volatile boolean stopped;

	/** The end LSN of the last commit whose record Kafka holds. */
	private volatile long acknowledged;

	private volatile @Nullable Exception failure;

	ChangeReader(Database source, MoveNames names, KafkaProducer<byte[], byte[]> producer) {
		this.source = source;
		this.names = names;
		this.producer = producer;
	}

	/** Replication connection properties: a walsender for this database. */
	static Properties replication() {
		Properties properties = new Properties();
		properties.setProperty("replication", "database");
		properties.setProperty("preferQueryMode", "simple");
		properties.setProperty("assumeMinServerVersion", "10");
		return properties;
	}

	@Override
	public void run() {
		try (Connection connection = this.source.connect(replication())) {
			PGReplicationStream stream = connection.unwrap(PGConnection.class)
				.getReplicationAPI()
				.replicationStream()
				.logical()
				.withSlotName(this.names.slot())
				.withSlotOption("proto_version", "1")
				.withSlotOption("publication_names", this.names.publication())
				.withSlotOption("messages", true)
				.withStatusInterval(1, TimeUnit.SECONDS)
				.withAutomaticFlush(false)
				.start();
			PgOutputDecoder decoder = new PgOutputDecoder();
			long flushed = 0;
			int idlePolls = 0;
			while (!this.stopped) {
				long acknowledged = this.acknowledged;
				if (acknowledged > flushed) {
					stream.setFlushedLSN(LogSequenceNumber.valueOf(acknowledged));
					stream.setAppliedLSN(LogSequenceNumber.valueOf(acknowledged));
					flushed = acknowledged;
				}
				if (this.failure != null) {
					throw this.failure;
				}
				ByteBuffer message = stream.readPending();
				if (message == null) {
					idlePolls = Math.min(idlePolls + 1, BUSY_POLLS + 1);
					TimeUnit.MILLISECONDS.sleep((idlePolls <= BUSY_POLLS) ? 1 : 10);
					continue;
				}
				idlePolls = 0;
				Change change = decoder.decode(message);
				if (change != null) {
					long commit = (change instanceof Change.Commit end) ? end.lsn() : 0;
					this.producer.send(new ProducerRecord<>(this.names.topic(), 0, null, change.toBytes()),
							(metadata, ex) -> acknowledged(commit, ex));
				}
			}
			stream.close();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			if (!this.stopped) {
				throw new IllegalStateException("Reading changes from the source failed: " + ex.getMessage(), ex);
			}
		}
		finally {
			this.producer.close();
		}
	}

	/** Called by the producer, in the order of the records sent. */
	private void acknowledged(long commit, @Nullable Exception ex) {
		if (ex != null) {
			this.failure = ex;
		}
		else if (commit > this.acknowledged) {
			this.acknowledged = commit;
		}
	}

	void stop() {
		this.stopped = true;
	}

}
