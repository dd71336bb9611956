package dev.carve.shop.identity.internal;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets by key, {@code limit} per {@code window}, refilled evenly (Bucket4j),
 * kept in a bounded cache (Caffeine): at most {@code maxKeys} buckets, the least used
 * evicted first, and a bucket idle for a whole window (so full again) forgotten. Callers
 * pass keys made by {@link #key}, fixed-size hashes, so attacker-chosen e-mail addresses
 * cost the same memory as any other.
 */
final class RateLimits {

	private final Cache<String, Bucket> buckets;

	private final int limit;

	private final Duration window;

	RateLimits(int limit, Duration window, int maxKeys) {
		this.limit = limit;
		this.window = window;
		this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(window).build();
	}

	/**
	 * Takes one attempt.
	 * @return {@link Duration#ZERO} when taken, otherwise how long until one comes back
	 */
	Duration take(String key) {
		ConsumptionProbe probe = this.buckets.get(key, (unused) -> newBucket()).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
	}

	/** Gives back an attempt taken before. */
	void giveBack(String key) {
		Bucket bucket = this.buckets.getIfPresent(key);
		if (bucket != null) {
			bucket.addTokens(1);
		}
	}

	/** How many buckets are kept right now. */
	long tracked() {
		this.buckets.cleanUp();
		return this.buckets.estimatedSize();
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(this.limit).refillGreedy(this.limit, this.window).build())
			.build();
	}

	/** A fixed-size key for the parts: a SHA-256 hash, base64. */
	static String key(String... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String part : parts) {
				digest.update(part.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return Base64.getEncoder().encodeToString(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The part of a client address that identifies one client: the whole IPv4 address,
	 * the /64 prefix of an IPv6 address (one subscriber's network).
	 */
	static String client(String address) {
		try {
			byte[] bytes = InetAddress.ofLiteral(address).getAddress();
			return (bytes.length == 16) ? "v6:" + Base64.getEncoder().encodeToString(Arrays.copyOf(bytes, 8))
					: "v4:" + address;
		}
		catch (IllegalArgumentException ex) {
			return "other:" + address;
		}
	}

}
