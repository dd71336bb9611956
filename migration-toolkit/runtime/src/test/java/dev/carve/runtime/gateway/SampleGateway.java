package dev.carve.runtime.gateway;

import dev.carve.api.Idempotent;

/**
 * A gateway contract for the runtime's tests: one operation that may be repeated, two
 * that may not.
 */
public interface SampleGateway {

	/**
	 * Answers; idempotent.
	 * @return the answer
	 * @throws SampleRefusedException when the sample module refuses
	 */
	@Idempotent
	String probe();

	/**
	 * Places something; not idempotent.
	 * @return the answer
	 */
	String place();

	/**
	 * Holds a call; not idempotent.
	 * @return the answer
	 */
	String hold();

}
