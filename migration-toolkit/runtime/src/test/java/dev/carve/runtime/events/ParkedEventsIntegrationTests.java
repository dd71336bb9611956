package dev.carve.runtime.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.carve.runtime.RuntimeTestApplication;
import dev.carve.runtime.sample.SampleListeners;
import dev.carve.runtime.sample.SampleService;
import dev.carve.runtime.samplecontract.SampleHappened;
import dev.carve.testkit.WithPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An outbox event whose listener keeps failing is parked after {@code max-attempts} (four
 * in the test configuration), its key waits, the relay goes on with every other key, and
 * an operator releases the event through {@code /actuator/outbox}.
 */
@SpringBootTest(classes = RuntimeTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithPostgres
class ParkedEventsIntegrationTests {

	@Autowired
	OutboxRelay relay;

	@Autowired
	SampleService service;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@AfterEach
	void listenerRecovers() {
		SampleListeners.givesUp.set(true);
	}

	@Test
	void eventWhoseListenerThrowsAnErrorIsParkedItsKeyWaitsAndTheRelayGoesOn() throws Exception {
		String key = "k-park-" + UUID.randomUUID();
		SampleHappened poison = publish(key, -9);
		SampleHappened behind = publish(key, 2);
		await().atMost(Duration.ofSeconds(15)).until(() -> parked(poison.eventId()) != null);
		Map<String, Object> parked = parked(poison.eventId());
		assertThat(parked).containsEntry("parked_reason", "java.lang.Error: the flaky listener gives up on seq -9")
			.containsEntry("attempts", 4);
		SampleHappened other = publish("k-after-park-" + UUID.randomUUID(), 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> sent(other.eventId()));
		assertThat(this.relay.liveness().alive()).as("relay alive after an Error").isTrue();
		assertThat(this.relay.liveness().lastRound()).isAfter(Instant.now().minusSeconds(5));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(this.meters.get("carve.outbox.parked").tag("module", "sample").gauge().value())
						.isGreaterThanOrEqualTo(1));
		Thread.sleep(500);
		assertThat(sent(behind.eventId())).as("the event behind the parked one").isFalse();
		assertThat(steadyEffects(key)).containsExactly(-9);

		HttpResponse<String> list = send(HttpRequest.newBuilder(outbox("")).GET());
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("\"eventId\":\"" + poison.eventId() + "\"",
				"\"reason\":\"java.lang.Error: the flaky listener gives up on seq -9\"");
		SampleListeners.givesUp.set(false);
		HttpResponse<String> release = send(
				HttpRequest.newBuilder(outbox("/" + poison.eventId())).POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(release.statusCode()).isEqualTo(200);
		assertThat(release.body()).contains("\"released\":true");
		await().atMost(Duration.ofSeconds(10)).until(() -> sent(behind.eventId()));
		assertThat(sent(poison.eventId())).isTrue();
		assertThat(steadyEffects(key)).containsExactly(-9, 2);
	}

	@Test
	void theOutboxEndpointIsForOperatorsOnly() throws Exception {
		HttpResponse<String> anonymous = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(outbox("")).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
	}

	private SampleHappened publish(String key, int seq) {
		SampleHappened event = new SampleHappened(UUID.randomUUID(), key, seq, Instant.now());
		this.service.createThing(event.eventId().toString(), event, false);
		return event;
	}

	private Map<String, Object> parked(UUID eventId) {
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"SELECT attempts, parked_reason FROM sample.outbox WHERE event_id = ? AND parked_at IS NOT NULL",
				eventId);
		return rows.isEmpty() ? null : rows.get(0);
	}

	private boolean sent(UUID eventId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"SELECT sent_at IS NOT NULL FROM sample.outbox WHERE event_id = ?", Boolean.class, eventId));
	}

	private List<Integer> steadyEffects(String key) {
		return this.jdbc.queryForList(
				"SELECT seq FROM sample.effects WHERE aggregate_key = ? AND listener = 'steady' ORDER BY id",
				Integer.class, key);
	}

	private URI outbox(String path) {
		return URI.create("http://127.0.0.1:" + this.port + "/actuator/outbox" + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		String token = RuntimeTestApplication.tokens.admin(UUID.randomUUID());
		return HttpClient.newHttpClient()
			.send(request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
	}

}
