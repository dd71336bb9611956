package dev.carve.api;

import java.util.Map;

/**
 * A business rule refused an operation. The web layer turns it into an RFC 9457 problem
 * response: {@link #kind()} picks the status, {@link #code()} the problem type, the
 * message the detail and {@link #properties()} extra members of the problem body.
 */
public abstract class DomainException extends RuntimeException {

	/**
	 * The members RFC 9457 (and our {@code errorId}) give every problem; not property
	 * names.
	 */
	private static final java.util.Set<String> RESERVED = java.util.Set.of("type", "title", "status", "detail",
			"instance", "errorId");

	private final ErrorKind kind;

	private final String code;

	private final Map<String, Object> properties;

	protected DomainException(ErrorKind kind, String code, String message) {
		this(kind, code, message, Map.of());
	}

	protected DomainException(ErrorKind kind, String code, String message, Map<String, Object> properties) {
		super(message);
		for (String reserved : RESERVED) {
			if (properties.containsKey(reserved)) {
				throw new IllegalArgumentException(
						"'" + reserved + "' is a member of every problem response (RFC 9457); "
								+ "name the property of problem '" + code + "' differently");
			}
		}
		this.kind = kind;
		this.code = code;
		this.properties = Map.copyOf(properties);
	}

	/** What sort of refusal this is. */
	public ErrorKind kind() {
		return this.kind;
	}

	/** A short, stable, kebab-case name of the problem, such as {@code out-of-stock}. */
	public String code() {
		return this.code;
	}

	/** Extra facts for the caller, such as the SKU that is short. */
	public Map<String, Object> properties() {
		return this.properties;
	}

}
