package dev.carve.runtime.security;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may make which HTTP request, beyond the open paths: module-to-module endpoints
 * ({@code /internal/<version>/<module>/**}) only with a service credential for that
 * module; operations endpoints only for an administrator or a service credential meant
 * for operations; everything else only for an end user, never with a service token.
 */
final class CallerAccess {

	private CallerAccess() {
	}

	/**
	 * The rule for {@code /internal/**}: a valid service credential in
	 * {@link ServiceTokens#HEADER} whose audience is the module named by the path. The
	 * end user's token, relayed beside it, is optional.
	 */
	static AuthorizationManager<RequestAuthorizationContext> moduleCaller(ServiceCredentialVerifier verifier) {
		return (authentication, context) -> {
			String module = moduleOf(context.getRequest().getRequestURI(), context.getRequest().getContextPath());
			boolean granted = module != null && verifier
				.verify(context.getRequest().getHeader(ServiceTokens.HEADER), ServiceTokens.moduleAudience(module))
				.isPresent();
			return new AuthorizationDecision(granted);
		};
	}

	/**
	 * The rule for operations endpoints: an administrator, or an operations credential.
	 */
	static AuthorizationManager<RequestAuthorizationContext> operator() {
		return (authentication, context) -> new AuthorizationDecision(
				has(authentication, "ROLE_ADMIN") || has(authentication, CallerAuthorities.OPERATOR));
	}

	/** The rule for the public API: an authenticated end user, not a service. */
	static AuthorizationManager<RequestAuthorizationContext> endUser() {
		return (authentication, context) -> {
			Authentication caller = authentication.get();
			boolean user = caller != null && caller.isAuthenticated()
					&& !(caller instanceof AnonymousAuthenticationToken)
					&& !has(authentication, CallerAuthorities.SERVICE);
			return new AuthorizationDecision(user);
		};
	}

	private static boolean has(Supplier<? extends @Nullable Authentication> authentication, String authority) {
		Authentication caller = authentication.get();
		if (caller == null) {
			return false;
		}
		for (GrantedAuthority granted : caller.getAuthorities()) {
			if (authority.equals(granted.getAuthority())) {
				return true;
			}
		}
		return false;
	}

	/** {@code payments} for {@code /internal/v1/payments/...}, {@code null} otherwise. */
	static @Nullable String moduleOf(String uri, String contextPath) {
		String path = uri.substring(Math.min(contextPath.length(), uri.length()));
		String[] parts = path.split("/", 5);
		if (parts.length < 4 || !parts[0].isEmpty() || !"internal".equals(parts[1]) || parts[3].isEmpty()) {
			return null;
		}
		return parts[3];
	}

}
