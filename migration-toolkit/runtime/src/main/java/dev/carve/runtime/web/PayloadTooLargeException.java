package dev.carve.runtime.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A request body is larger than {@code carve.web.max-request-size} allows. */
class PayloadTooLargeException extends RuntimeException {

	private final long limit;

	PayloadTooLargeException(long limit) {
		super("The request body is larger than " + limit + " bytes");
		this.limit = limit;
	}

	ProblemDetail problem() {
		ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
				getMessage());
		problem.setProperty("maxBytes", this.limit);
		return problem;
	}

}
