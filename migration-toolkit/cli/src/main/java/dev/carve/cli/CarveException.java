package dev.carve.cli;

/**
 * Ends a command with an exit code of {@link Carve} and a message that says what went
 * wrong and what to do. The message never holds a password.
 */
final class CarveException extends RuntimeException {

	private final int exitCode;

	private CarveException(int exitCode, String message, Throwable cause) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	/** A precondition is not met ({@link Carve#REFUSED}). */
	static CarveException refused(String message) {
		return new CarveException(Carve.REFUSED, "refused: " + message, null);
	}

	/** A database or the broker cannot be reached ({@link Carve#UNREACHABLE}). */
	static CarveException unreachable(String message, Throwable cause) {
		return new CarveException(Carve.UNREACHABLE, "unreachable: " + message, cause);
	}

	/** The command line names something that does not exist ({@link Carve#USAGE}). */
	static CarveException usage(String message) {
		return new CarveException(Carve.USAGE, message, null);
	}

	/** The command failed ({@link Carve#FAILED}). */
	static CarveException failed(String message, Throwable cause) {
		return new CarveException(Carve.FAILED, "failed: " + message, cause);
	}

	int exitCode() {
		return this.exitCode;
	}

}
