package dev.carve.runtime.events;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import dev.carve.api.NotFoundException;
import dev.carve.runtime.gateway.GatewayUnavailableException;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

class EventFailuresTests {

	@Test
	void infrastructureOutOfReachIsTransientHoweverDeepItIsWrapped() {
		assertThat(EventFailures.of(new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("Connection is not available"))))
			.isEqualTo(EventFailures.TRANSIENT);
		assertThat(EventFailures.of(new CannotGetJdbcConnectionException("down"))).isEqualTo(EventFailures.TRANSIENT);
		assertThat(EventFailures.of(new ListenerExecutionFailedException("listener failed",
				new GatewayUnavailableException("payments", "refused", Duration.ofSeconds(1), null))))
			.isEqualTo(EventFailures.TRANSIENT);
		assertThat(EventFailures.of(new IllegalStateException(new SQLException("terminating connection", "57P01"))))
			.isEqualTo(EventFailures.TRANSIENT);
		assertThat(EventFailures.of(new RuntimeException(new TimeoutException()))).isEqualTo(EventFailures.TRANSIENT);
	}

	@Test
	void undecodableOrRefusedByABusinessRuleIsPoison() {
		assertThat(EventFailures.of(new UndecodableEventException("Not an OrderConfirmed", null)))
			.isEqualTo(EventFailures.POISON);
		assertThat(EventFailures.of(new ListenerExecutionFailedException("listener failed",
				new NotFoundException("payment-not-found", "No payment", Map.of()))))
			.isEqualTo(EventFailures.POISON);
	}

	@Test
	void anythingElseIsUnknown() {
		assertThat(EventFailures.of(new IllegalStateException("a bug"))).isEqualTo(EventFailures.UNKNOWN);
		assertThat(EventFailures.of(new Error("worse"))).isEqualTo(EventFailures.UNKNOWN);
		assertThat(EventFailures.of(new SQLException("duplicate key", "23505"))).isEqualTo(EventFailures.UNKNOWN);
	}

}
