package dev.carve.runtime.security.grpc;

import java.util.function.Supplier;

import dev.carve.runtime.security.ServiceCredentialVerifier;
import dev.carve.runtime.security.ServiceTokens;
import io.grpc.Metadata;
import org.jspecify.annotations.Nullable;

import org.springframework.grpc.server.security.CallContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;

/**
 * Who may call a gRPC service. A module's gateway service ({@code carve.<module>.v1.*})
 * needs a service credential for that module in metadata
 * {@value ServiceTokens#GRPC_METADATA}. Refused, a call is {@code PERMISSION_DENIED} when
 * it carries a valid end user's token and {@code UNAUTHENTICATED} otherwise. Any other
 * service needs an authenticated caller.
 */
final class ModuleCallerAccess implements AuthorizationManager<Object> {

	private static final Metadata.Key<String> SERVICE_AUTHORIZATION = Metadata.Key.of(ServiceTokens.GRPC_METADATA,
			Metadata.ASCII_STRING_MARSHALLER);

	private final ServiceCredentialVerifier verifier;

	ModuleCallerAccess(ServiceCredentialVerifier verifier) {
		this.verifier = verifier;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication, Object call) {
		CallContext context = (CallContext) call;
		String module = moduleOf(context.method().getServiceName());
		boolean authenticated = authenticated(authentication.get());
		if (module == null) {
			return new AuthorizationDecision(authenticated);
		}
		String presented = context.headers().get(SERVICE_AUTHORIZATION);
		return new AuthorizationDecision(
				this.verifier.verify(presented, ServiceTokens.moduleAudience(module)).isPresent());
	}

	/**
	 * {@code payments} for {@code carve.payments.v1.PaymentService}, else {@code null}.
	 */
	static @Nullable String moduleOf(@Nullable String service) {
		if (service == null || !service.startsWith("carve.")) {
			return null;
		}
		String[] parts = service.split("\\.");
		return (parts.length >= 3) ? parts[1] : null;
	}

	private static boolean authenticated(@Nullable Authentication caller) {
		return caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken);
	}

}
