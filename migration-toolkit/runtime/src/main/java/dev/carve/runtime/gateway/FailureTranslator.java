package dev.carve.runtime.gateway;

/**
 * Turns what a transport threw into what a gateway may throw: the contract's domain
 * exception when the provider refused the call for a business reason, a
 * {@link GatewayRefusedException} when it refused the request itself (invalid input,
 * refused credentials), otherwise a {@link GatewayUnavailableException}. One per
 * transport.
 */
@FunctionalInterface
public interface FailureTranslator {

	/**
	 * Translates a failure.
	 * @param module the module that was called
	 * @param failure what the transport threw
	 * @param errors the gateway's domain errors
	 * @return a {@code DomainException}, a {@code GatewayRefusedException} or a
	 * {@code GatewayUnavailableException}
	 */
	RuntimeException translate(String module, RuntimeException failure, DomainErrorDecoder errors);

}
