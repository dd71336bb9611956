package dev.carve.shop.identity.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expired refresh tokens and long-revoked ones are deleted, in batches (of two here);
 * tokens that can still be used, or whose reuse must still be detected, stay.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = "shop.identity.token-cleanup.batch-size=2")
@WithPostgres
class RefreshTokenCleanupIntegrationTests {

	@Autowired
	RefreshTokenCleanup cleanup;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void deletesExpiredAndLongRevokedTokensAndKeepsTheOthers() {
		Instant now = Instant.now();
		UUID customer = customer();
		List<UUID> expired = List.of(token(customer, now.minus(Duration.ofMinutes(1)), null, null),
				token(customer, now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(3)), null),
				token(customer, now.minus(Duration.ofSeconds(1)), null, null));
		UUID longRevoked = token(customer, now.plus(Duration.ofDays(5)), null, now.minus(Duration.ofDays(2)));
		UUID live = token(customer, now.plus(Duration.ofDays(5)), null, null);
		UUID usedNotExpired = token(customer, now.plus(Duration.ofDays(5)), now.minus(Duration.ofHours(1)), null);
		UUID justRevoked = token(customer, now.plus(Duration.ofDays(5)), null, now.minus(Duration.ofHours(1)));

		int deleted = this.cleanup.deleteUnusable(now);

		assertThat(deleted).isEqualTo(4);
		assertThat(this.jdbc.queryForList("SELECT id FROM identity.refresh_tokens WHERE customer_id = ?", UUID.class,
				customer))
			.containsExactlyInAnyOrder(live, usedNotExpired, justRevoked)
			.doesNotContainAnyElementsOf(expired)
			.doesNotContain(longRevoked);
	}

	private UUID customer() {
		UUID id = UUID.randomUUID();
		this.jdbc.update("INSERT INTO identity.customers (id, email, name, password_hash, roles, created_at)"
				+ " VALUES (?, ?, 'Cleanup', 'x', '{CUSTOMER}', now())", id, "cleanup-" + id + "@example.com");
		return id;
	}

	private UUID token(UUID customer, Instant expiresAt, Instant usedAt, Instant revokedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.update(
				"INSERT INTO identity.refresh_tokens (id, token_hash, customer_id, family_id, issued_at, expires_at,"
						+ " used_at, revoked_at) VALUES (?, ?, ?, ?, now(), ?, ?, ?)",
				id, id.toString().replace("-", ""), customer, UUID.randomUUID(), Timestamp.from(expiresAt),
				(usedAt != null) ? Timestamp.from(usedAt) : null,
				(revokedAt != null) ? Timestamp.from(revokedAt) : null);
		return id;
	}

}
