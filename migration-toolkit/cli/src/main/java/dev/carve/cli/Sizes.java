package dev.carve.cli;

/** Sizes and durations as people read them. */
final class Sizes {

	private Sizes() {
	}

	/** A byte count in B, kB, MB or GB (powers of 1024, as PostgreSQL prints them). */
	static String bytes(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		String[] units = { "kB", "MB", "GB", "TB" };
		double value = bytes;
		int unit = -1;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return String.format("%.1f %s", value, units[unit]);
	}

	/**
	 * A duration as {@code 850 ms}, {@code 42 s}, {@code 3 min 5 s} or
	 * {@code 2 h 10 min}.
	 */
	static String duration(java.time.Duration duration) {
		if (duration.toMillis() < 1000) {
			return duration.toMillis() + " ms";
		}
		if (duration.toSeconds() < 60) {
			return duration.toSeconds() + " s";
		}
		if (duration.toMinutes() < 60) {
			return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
		}
		return duration.toHours() + " h " + duration.toMinutesPart() + " min";
	}

}
