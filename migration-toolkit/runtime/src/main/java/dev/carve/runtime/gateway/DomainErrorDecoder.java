package dev.carve.runtime.gateway;

import java.util.Map;

import dev.carve.api.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * Rebuilds a contract's domain exception from what crossed the wire: the problem code
 * (gRPC {@code ErrorInfo.reason}, or the last part of an HTTP problem's type) and its
 * details ({@code ErrorInfo.metadata}, or the problem's extra members, as text). One per
 * gateway, written next to the remote adapters.
 */
@FunctionalInterface
public interface DomainErrorDecoder {

	/**
	 * The domain exception for a problem code.
	 * @param code the problem code, such as {@code out-of-stock}
	 * @param details the problem's details
	 * @return the exception the in-process gateway would have thrown, or {@code null}
	 * when the code is not one of this gateway's (the call then fails by its status:
	 * refused for a status caused by the request, unavailable otherwise)
	 */
	@Nullable DomainException decode(String code, Map<String, String> details);

}
