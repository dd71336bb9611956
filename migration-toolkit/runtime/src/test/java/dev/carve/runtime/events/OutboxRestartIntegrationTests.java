package dev.carve.runtime.events;

import java.time.Duration;
import java.util.UUID;

import dev.carve.runtime.RuntimeTestApplication;
import dev.carve.runtime.sample.SampleService;
import dev.carve.runtime.samplecontract.SampleHappened;
import dev.carve.testkit.PostgresServer;
import dev.carve.testkit.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An event committed just before the process stops is delivered by the next process. */
class OutboxRestartIntegrationTests {

	@Test
	void eventWrittenBeforeACrashIsDeliveredAfterRestart() {
		PostgresServer server = TestInfrastructure.postgres();
		String url = TestInfrastructure.newDatabase();
		SampleHappened event = SampleHappened.of("k-crash", 1);
		try (ConfigurableApplicationContext first = start(url, server, false)) {
			first.getBean(SampleService.class).createThing("before-crash", event, false);
			assertThat(sample(first).queryForObject("SELECT count(*) FROM sample.outbox WHERE sent_at IS NULL",
					Integer.class))
				.isEqualTo(1);
		}
		try (ConfigurableApplicationContext second = start(url, server, true)) {
			JdbcTemplate jdbc = sample(second);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> jdbc.queryForObject("SELECT count(*) FROM sample.effects WHERE event_id = ?",
						Integer.class, event.eventId()) == 2);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM sample.outbox WHERE sent_at IS NULL", Integer.class))
				.isZero();
		}
	}

	private static ConfigurableApplicationContext start(String url, PostgresServer server, boolean relay) {
		return new SpringApplicationBuilder(RuntimeTestApplication.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + url, "spring.datasource.username=" + server.username(),
					"spring.datasource.password=" + server.password(), "carve.events.relay.enabled=" + relay,
					"spring.application.name=restart-" + UUID.randomUUID())
			.run();
	}

	private static JdbcTemplate sample(ConfigurableApplicationContext context) {
		return context.getBean(JdbcTemplate.class);
	}

}
