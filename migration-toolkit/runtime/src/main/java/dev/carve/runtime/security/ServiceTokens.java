package dev.carve.runtime.security;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * What a service credential is: a JWT from the identity module that names the calling
 * deployable in claim {@value #SERVICE_CLAIM} and lists, in {@code aud}, what it may call
 * — {@code carve:module:<module>} for a module's gateway, {@value #OPERATIONS_AUDIENCE}
 * for operations endpoints. It travels beside the end user's token, in header
 * {@value #HEADER} (HTTP) or metadata {@value #GRPC_METADATA} (gRPC); an end user's token
 * never carries {@value #SERVICE_CLAIM}.
 */
public final class ServiceTokens {

	/** The HTTP header that carries the service credential: {@code Bearer <token>}. */
	public static final String HEADER = "Carve-Service-Authorization";

	/** The gRPC metadata key that carries the service credential. */
	public static final String GRPC_METADATA = "carve-service-authorization";

	/** The claim that names the calling deployable; only service tokens have it. */
	public static final String SERVICE_CLAIM = "carve_service";

	/** The audience that lets a caller read metrics and other operations endpoints. */
	public static final String OPERATIONS_AUDIENCE = "carve:operations";

	/** How long before it expires a caller replaces the credential it keeps. */
	public static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);

	private static final String MODULE_AUDIENCE_PREFIX = "carve:module:";

	private ServiceTokens() {
	}

	/**
	 * The audience a service token needs to call a module's gateway.
	 * @param module the module's name
	 * @return {@code carve:module:<module>}
	 */
	public static String moduleAudience(String module) {
		return MODULE_AUDIENCE_PREFIX + module;
	}

	/**
	 * The audiences of a list of what a caller may call.
	 * @param targets module names, or {@code operations}
	 * @return their audiences
	 */
	public static List<String> audiences(List<String> targets) {
		return targets.stream()
			.map((target) -> "operations".equals(target) ? OPERATIONS_AUDIENCE : moduleAudience(target))
			.toList();
	}

	/**
	 * Whether a token is a service credential rather than an end user's token.
	 * @param jwt a verified token
	 * @return whether it names a calling deployable
	 */
	public static boolean isServiceToken(Jwt jwt) {
		return jwt.hasClaim(SERVICE_CLAIM);
	}

	/**
	 * The token in a {@code Bearer} header value.
	 * @param header the header value, if any
	 * @return the token, or {@code null} when the value is not a bearer credential
	 */
	public static @Nullable String bearerToken(@Nullable String header) {
		if (header == null || header.length() <= 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		String token = header.substring(7).trim();
		return token.isEmpty() ? null : token;
	}

}
