package dev.carve.shop.identity.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** All refresh tokens, in {@code identity.refresh_tokens}. */
interface RefreshTokens extends JpaRepository<RefreshToken, UUID> {

	/**
	 * The token with this hash, locked until the transaction ends so that two requests
	 * cannot both use it.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<RefreshToken> findByTokenHash(String tokenHash);

	/** Revokes every token of a family that is not revoked yet; returns how many. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update RefreshToken t set t.revokedAt = :at where t.familyId = :familyId and t.revokedAt is null")
	int revokeFamily(UUID familyId, Instant at);

}
