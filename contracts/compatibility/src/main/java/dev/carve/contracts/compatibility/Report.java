package dev.carve.contracts.compatibility;

import java.util.List;
import java.util.stream.Stream;

/**
 * What a compatibility check found: notes about what it compared or left out, and the
 * breaking changes, each naming the file and what broke.
 *
 * @param notes what was compared or left out, for the build log
 * @param breaks the breaking changes; empty when the contract is compatible
 */
record Report(List<String> notes, List<String> breaks) {

	Report {
		notes = List.copyOf(notes);
		breaks = List.copyOf(breaks);
	}

	static Report note(String note) {
		return new Report(List.of(note), List.of());
	}

	static Report breaking(String description) {
		return new Report(List.of(), List.of(description));
	}

	boolean compatible() {
		return this.breaks.isEmpty();
	}

	Report and(Report other) {
		return new Report(Stream.concat(this.notes.stream(), other.notes.stream()).toList(),
				Stream.concat(this.breaks.stream(), other.breaks.stream()).toList());
	}

}
