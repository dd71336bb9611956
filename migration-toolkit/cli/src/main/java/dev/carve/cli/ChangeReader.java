package dev.carve.cli;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.postgresql.PGConnection;
import org.postgresql.replication.LogSequenceNumber;
import org.postgresql.replication.PGReplicationStream;

/**
 * Streams a module's changes from its replication slot onto its change topic, in commit
 * order. The slot is told a transaction is done only once Kafka holds its commit record
 * (the driver's automatic flush is off), so the slot keeps every change not safely on the
 * topic; after a crash the slot replays from there and the topic may hold a transaction
 * twice, which the {@link ChangeApplier} skips by its commit LSN.
 */
final class ChangeReader implements Runnable {

	private final Database source;

	private final MoveNames names;

	private final KafkaProducer<byte[], byte[]> producer;

	private volatile boolean stopped;

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
			while (!this.stopped) {
				ByteBuffer message = stream.readPending();
				if (message == null) {
					TimeUnit.MILLISECONDS.sleep(10);
					continue;
				}
				Change change = decoder.decode(message);
				if (change == null) {
					continue;
				}
				ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(this.names.topic(), 0, null,
						change.toBytes());
				if (change instanceof Change.Commit commit) {
					this.producer.send(record).get();
					LogSequenceNumber done = LogSequenceNumber.valueOf(commit.lsn());
					stream.setFlushedLSN(done);
					stream.setAppliedLSN(done);
					stream.forceUpdateStatus();
				}
				else {
					this.producer.send(record);
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

	void stop() {
		this.stopped = true;
	}

}
