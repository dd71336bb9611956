package dev.carve.runtime.events;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The outbox relay's health: {@code DOWN} when it was started and its thread no longer
 * runs, with the time of its last finished round as a detail.
 */
class OutboxRelayHealthIndicator extends AbstractHealthIndicator {

	private final OutboxRelay relay;

	OutboxRelayHealthIndicator(OutboxRelay relay) {
		this.relay = relay;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		OutboxRelay.Liveness liveness = this.relay.liveness();
		builder.status((liveness.alive() || !liveness.running()) ? "UP" : "DOWN")
			.withDetail("running", liveness.running())
			.withDetail("threadAlive", liveness.threadAlive());
		if (liveness.lastRound() != null) {
			builder.withDetail("lastRound", liveness.lastRound().toString());
		}
	}

}
