package dev.carve.shop.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;

import dev.carve.runtime.module.ModuleJob;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deletes refresh tokens that can no longer be used: expired ones, and revoked ones once
 * {@code shop.identity.token-cleanup.revoked-retention} has passed. Runs every
 * {@code shop.identity.token-cleanup.interval} on a thread of its own, in batches of
 * {@code batch-size}, each batch its own statement; a stop ends it between batches. Used
 * tokens that have not expired stay: presenting one again is how a copied token is
 * detected. Safe with several instances: a row deleted twice is deleted once.
 */
@Component
class RefreshTokenCleanup extends ModuleJob {

	private static final Log logger = LogFactory.getLog(RefreshTokenCleanup.class);

	private final JdbcTemplate jdbc;

	private final IdentityProperties.TokenCleanup settings;

	RefreshTokenCleanup(JdbcTemplate jdbc, IdentityProperties properties) {
		super("identity", "identity-refresh-token-cleanup", properties.tokenCleanup().interval());
		this.jdbc = jdbc;
		this.settings = properties.tokenCleanup();
	}

	/**
	 * Deletes every refresh token that expired, or was revoked longer than the retention
	 * ago, before {@code now}.
	 * @return how many were deleted
	 */
	int deleteUnusable(Instant now) {
		Timestamp expiredBefore = Timestamp.from(now);
		Timestamp revokedBefore = Timestamp.from(now.minus(this.settings.revokedRetention()));
		int limit = this.settings.batchSize();
		int total = 0;
		int deleted;
		do {
			deleted = this.jdbc.update(
					"DELETE FROM identity.refresh_tokens WHERE id IN (SELECT id FROM"
							+ " identity.refresh_tokens WHERE expires_at < ? OR revoked_at < ? LIMIT ?)",
					expiredBefore, revokedBefore, limit);
			total += deleted;
		}
		while (deleted == limit && !Thread.currentThread().isInterrupted());
		return total;
	}

	@Override
	protected void round() {
		int deleted = deleteUnusable(Instant.now());
		if (deleted > 0) {
			logger.info("Deleted " + deleted + " expired or revoked refresh token(s)");
		}
	}

}
