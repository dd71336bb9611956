package dev.carve.shop.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One refresh token, stored by the SHA-256 hash of its value. The tokens that descend
 * from one login share a family; each token can be used once, and using one twice ends
 * the whole family.
 */
@Entity
@Table(schema = "identity", name = "refresh_tokens")
class RefreshToken {

	private static final SecureRandom random = new SecureRandom();

	@Id
	private UUID id;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "customer_id")
	private UUID customerId;

	@Column(name = "family_id")
	private UUID familyId;

	@Column(name = "parent_id")
	private @Nullable UUID parentId;

	@Column(name = "issued_at")
	private Instant issuedAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "used_at")
	private @Nullable Instant usedAt;

	@Column(name = "revoked_at")
	private @Nullable Instant revokedAt;

	protected RefreshToken() {
	}

	private RefreshToken(String value, UUID customerId, UUID familyId, @Nullable UUID parentId, Instant issuedAt,
			Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.tokenHash = hash(value);
		this.customerId = customerId;
		this.familyId = familyId;
		this.parentId = parentId;
		this.issuedAt = issuedAt;
		this.expiresAt = expiresAt;
	}

	/** A new random token value: 32 bytes from a {@link SecureRandom}, base64url. */
	static String newValue() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The first token of a new family, for a login. */
	static RefreshToken first(String value, UUID customerId, Instant now, Instant expiresAt) {
		return new RefreshToken(value, customerId, UUID.randomUUID(), null, now, expiresAt);
	}

	/** The token that replaces this one. */
	RefreshToken successor(String value, Instant now, Instant expiresAt) {
		return new RefreshToken(value, this.customerId, this.familyId, this.id, now, expiresAt);
	}

	/** The hex SHA-256 hash under which a token value is stored. */
	static String hash(String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	UUID customerId() {
		return this.customerId;
	}

	UUID familyId() {
		return this.familyId;
	}

	boolean isUsed() {
		return this.usedAt != null;
	}

	boolean isUsable(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	void markUsed(Instant now) {
		this.usedAt = now;
	}

}
