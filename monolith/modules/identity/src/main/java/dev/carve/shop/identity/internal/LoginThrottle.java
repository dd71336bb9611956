package dev.carve.shop.identity.internal;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Limits failed logins so that guessing passwords is slow, without letting anyone lock an
 * account's owner out. Three limits, each a number of failures per
 * {@code shop.identity.login.window}:
 * <ul>
 * <li>per client address, whatever the accounts: an address that failed too often waits;
 * <li>per account and client address: the same, for one account from one address;
 * <li>per account, counted only for client addresses the account has not logged in from
 * within {@code known-address-lifetime}: this slows guessing spread over many addresses,
 * yet the owner, coming from an address they logged in from before, is never held back by
 * others' failures.
 * </ul>
 * The owner can still be held back when they come from a new address while the account is
 * under attack, or share their address with the attacker; both are what a per-address
 * limit means.
 * <p>
 * An attempt is taken from the limits before the password is checked, and a refused
 * attempt is refused without checking it, so a refusal reveals nothing about the
 * password; a successful login gives its attempt back, so only failures count. Unknown
 * e-mail addresses go through exactly the same steps as known ones.
 * <p>
 * Counters live in this process's memory: each instance limits on its own. They are kept
 * by SHA-256 hashes of their keys, at most {@code max-tracked-keys} per limit, and
 * forgotten once idle for a window.
 */
@Component
class LoginThrottle {

	private final RateLimits byAddress;

	private final RateLimits byAccountAndAddress;

	private final RateLimits byAccount;

	private final Cache<String, Boolean> knownAddresses;

	LoginThrottle(IdentityProperties properties) {
		IdentityProperties.Login login = properties.login();
		this.byAddress = new RateLimits(login.failuresPerAddress(), login.window(), login.maxTrackedKeys());
		this.byAccountAndAddress = new RateLimits(login.failuresPerAccountAndAddress(), login.window(),
				login.maxTrackedKeys());
		this.byAccount = new RateLimits(login.failuresPerAccount(), login.window(), login.maxTrackedKeys());
		this.knownAddresses = Caffeine.newBuilder()
			.maximumSize(login.maxTrackedKeys())
			.expireAfterWrite(login.knownAddressLifetime())
			.build();
	}

	/**
	 * Takes an attempt for the account from the client address, before its password is
	 * checked.
	 * @param email the e-mail address, in stored form
	 * @param address the client's IP address
	 * @return the attempt, to report a success to
	 * @throws IdentityException {@code too-many-attempts} when a limit has no attempt
	 * left; nothing is taken then
	 */
	Attempt attempt(String email, String address) {
		String client = RateLimits.key(RateLimits.client(address));
		String pair = RateLimits.key(email, RateLimits.client(address));
		String account = RateLimits.key(email);
		boolean known = this.knownAddresses.getIfPresent(pair) != null;
		refuseUnless(this.byAddress.take(client));
		Duration wait = this.byAccountAndAddress.take(pair);
		if (wait.isPositive()) {
			this.byAddress.giveBack(client);
			refuseUnless(wait);
		}
		if (!known) {
			wait = this.byAccount.take(account);
			if (wait.isPositive()) {
				this.byAddress.giveBack(client);
				this.byAccountAndAddress.giveBack(pair);
				refuseUnless(wait);
			}
		}
		return new Attempt(client, pair, known ? null : account);
	}

	private static void refuseUnless(Duration wait) {
		if (wait.isPositive()) {
			throw IdentityException.tooManyAttempts(wait);
		}
	}

	/** An attempt taken from the limits. */
	final class Attempt {

		private final String client;

		private final String pair;

		private final @Nullable String account;

		private Attempt(String client, String pair, @Nullable String account) {
			this.client = client;
			this.pair = pair;
			this.account = account;
		}

		/**
		 * The password was right: gives the attempt back and remembers the client address
		 * as known for the account.
		 */
		void succeeded() {
			LoginThrottle.this.byAddress.giveBack(this.client);
			LoginThrottle.this.byAccountAndAddress.giveBack(this.pair);
			if (this.account != null) {
				LoginThrottle.this.byAccount.giveBack(this.account);
			}
			LoginThrottle.this.knownAddresses.put(this.pair, Boolean.TRUE);
		}

	}

}
