package dev.carve.kernel;

/**
 * Which page of a listing to return.
 *
 * @param page zero-based page number
 * @param size items per page, 1 to {@link #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

	/** The largest page a caller may ask for. */
	public static final int MAX_SIZE = 100;

	public PageRequest {
		if (page < 0) {
			throw new IllegalArgumentException("page must be zero or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
		}
	}

}
