package dev.carve.api;

/**
 * The sorts of refusal a {@link DomainException} can be; each maps to one HTTP status.
 */
public enum ErrorKind {

	/** The request breaks a rule of the input (400). */
	INVALID(400),

	/** The caller is not authenticated (401). */
	UNAUTHENTICATED(401),

	/** A payment was declined (402). */
	PAYMENT_DECLINED(402),

	/** The caller may not do this (403). */
	FORBIDDEN(403),

	/** What the request names does not exist (404). */
	NOT_FOUND(404),

	/** The request conflicts with the current state (409). */
	CONFLICT(409),

	/** The caller has sent too many requests (429). */
	TOO_MANY_REQUESTS(429);

	private final int status;

	ErrorKind(int status) {
		this.status = status;
	}

	/** The HTTP status this kind maps to. */
	public int status() {
		return this.status;
	}

}
