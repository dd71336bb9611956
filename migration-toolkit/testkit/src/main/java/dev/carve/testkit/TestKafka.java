package dev.carve.testkit;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real Kafka broker (KRaft, in this JVM) shared by the tests of one JVM, reached
 * through a {@link TcpProxy} so that a test can take it out of reach and bring it back
 * with its topics, records and consumer offsets intact. Started on first use; it stops
 * with the JVM, after the test contexts that use it.
 */
public final class TestKafka {

	private static TestKafka shared;

	private final EmbeddedKafkaKraftBroker broker;

	private final TcpProxy link;

	private TestKafka() {
		this.link = new TcpProxy();
		this.broker = new EmbeddedKafkaKraftBroker(1, 3);
		this.broker.brokerProperty("advertised.listeners", "EXTERNAL://127.0.0.1:" + this.link.port());
		this.broker.brokerProperty("auto.create.topics.enable", "true");
		this.broker.brokerProperty("transaction.state.log.replication.factor", "1");
		this.broker.brokerProperty("transaction.state.log.min.isr", "1");
		this.broker.afterPropertiesSet();
		String bootstrap = this.broker.getCluster().bootstrapServers();
		this.link.forwardTo(Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1)));
	}

	/** The broker of this JVM, started on first use. */
	public static synchronized TestKafka shared() {
		if (shared == null) {
			shared = new TestKafka();
		}
		return shared;
	}

	/** Where clients connect: {@code spring.kafka.bootstrap-servers}. */
	public String bootstrapServers() {
		return "127.0.0.1:" + this.link.port();
	}

	/**
	 * Takes the broker out of reach of every client until the returned outage is closed:
	 * open connections drop, new ones are refused. The broker keeps running and keeps its
	 * data.
	 */
	public Outage outage() {
		this.link.cut();
		return this.link::restore;
	}

	/** A broker outage; closing it ends the outage. */
	@FunctionalInterface
	public interface Outage extends AutoCloseable {

		@Override
		void close();

	}

}
