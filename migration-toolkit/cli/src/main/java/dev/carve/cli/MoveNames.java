package dev.carve.cli;

/**
 * The names a module's move uses on the source and the broker.
 *
 * @param module the module
 */
record MoveNames(String module) {

	/** The replication slot on the source. */
	String slot() {
		return "carve_" + this.module;
	}

	/** The publication on the source, listing the module's tables. */
	String publication() {
		return "carve_" + this.module;
	}

	/** The change topic: one partition, so it keeps the source's commit order. */
	String topic() {
		return "carve." + this.module + ".changes";
	}

}
