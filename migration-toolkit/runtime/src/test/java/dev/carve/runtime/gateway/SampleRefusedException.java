package dev.carve.runtime.gateway;

import java.util.Map;

import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;

/**
 * The sample gateway's domain error: the sample module refused a call, for a reason it
 * names. Problem {@code sample-refused}, a conflict.
 */
public class SampleRefusedException extends DomainException {

	/** The problem code. */
	public static final String CODE = "sample-refused";

	private final String reason;

	public SampleRefusedException(String reason) {
		super(ErrorKind.CONFLICT, CODE, "The sample module refused: " + reason, Map.of("reason", reason));
		this.reason = reason;
	}

	/** Why the sample module refused. */
	public String reason() {
		return this.reason;
	}

}
