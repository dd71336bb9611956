package dev.carve.cli;

/** Sizes as people read them. */
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

}
