package dev.carve.runtime.events;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.carve.runtime.RuntimeTestApplication;
import dev.carve.runtime.sample.SampleListeners;
import dev.carve.runtime.sample.SampleService;
import dev.carve.runtime.samplecontract.SampleHappened;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = RuntimeTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithPostgres
class OutboxIntegrationTests {

	@Autowired
	SampleService service;

	@Autowired
	EventOutbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void noFailures() {
		SampleListeners.failuresLeft.set(0);
	}

	@Test
	void committedEventReachesEveryListenerOnce() {
		SampleHappened event = SampleHappened.of("k-commit", 1);
		this.service.createThing("commit", event, false);
		await().atMost(Duration.ofSeconds(10)).until(() -> effects(event.eventId()).size() == 2);
		assertThat(effects(event.eventId())).containsExactlyInAnyOrder("steady", "flaky");
		await().atMost(Duration.ofSeconds(5)).until(() -> sentAt(event.eventId()) != null);
	}

	@Test
	void rolledBackTransactionPublishesNothing() throws InterruptedException {
		SampleHappened event = SampleHappened.of("k-rollback", 1);
		assertThatIllegalStateException().isThrownBy(() -> this.service.createThing("rollback", event, true));
		Thread.sleep(300);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM sample.outbox WHERE event_id = ?", Integer.class,
				event.eventId()))
			.isZero();
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM sample.things WHERE name = 'rollback'", Integer.class))
			.isZero();
		assertThat(effects(event.eventId())).isEmpty();
	}

	@Test
	void publishingOutsideATransactionIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> this.outbox.publish(SampleHappened.of("k-none", 1)))
			.withMessageContaining("inside the transaction");
	}

	@Test
	void failingListenerIsRetriedWithoutDuplicateEffects() {
		SampleListeners.failuresLeft.set(2);
		SampleHappened event = SampleHappened.of("k-retry", 1);
		this.service.createThing("retry", event, false);
		await().atMost(Duration.ofSeconds(10)).until(() -> sentAt(event.eventId()) != null);
		assertThat(effects(event.eventId())).containsExactlyInAnyOrder("steady", "flaky");
		assertThat(this.jdbc.queryForObject("SELECT attempts FROM sample.outbox WHERE event_id = ?", Integer.class,
				event.eventId()))
			.isEqualTo(3);
	}

	@Test
	void eventsOfOneKeyArriveInOrderEvenWhenOneIsRetried() {
		SampleListeners.failuresLeft.set(1);
		String key = "k-order-" + UUID.randomUUID();
		for (int seq = 1; seq <= 10; seq++) {
			this.service.createThing(key + seq,
					new SampleHappened(UUID.randomUUID(), key, seq, java.time.Instant.now()), false);
		}
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.jdbc.queryForObject(
					"SELECT count(*) FROM sample.outbox WHERE aggregate_key = ? AND sent_at IS NOT NULL", Integer.class,
					key) == 10);
		List<Integer> steadyOrder = this.jdbc.queryForList(
				"SELECT seq FROM sample.effects WHERE aggregate_key = ? AND listener = 'steady' ORDER BY id",
				Integer.class, key);
		assertThat(steadyOrder).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
	}

	private List<String> effects(UUID eventId) {
		return this.jdbc.queryForList("SELECT listener FROM sample.effects WHERE event_id = ?", String.class, eventId);
	}

	private java.sql.Timestamp sentAt(UUID eventId) {
		List<java.sql.Timestamp> sent = this.jdbc.queryForList("SELECT sent_at FROM sample.outbox WHERE event_id = ?",
				java.sql.Timestamp.class, eventId);
		return sent.isEmpty() ? null : sent.get(0);
	}

}
