package dev.carve.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.Consumer;

/**
 * Where a command's results and progress go, so that every command writes for a person
 * and for a machine ({@code --json}) alike. For a person: lines, and progress bars when
 * standard output is a terminal. For a machine: one JSON object per line, each with an
 * {@code event} property first; a command that reports one result (plan, verify, status)
 * writes one JSON document, one that streams (move, status --watch) writes JSON lines.
 * Errors go to standard error as lines either way.
 */
interface Reporter extends AutoCloseable {

	/**
	 * A line for a person; for a machine the object
	 * {@code {"event":"message","message":line}}.
	 * @param line the line, without its line break
	 */
	void say(String line);

	/**
	 * A result.
	 * @param event what it is, such as {@code plan}
	 * @param document its content for a machine: a record, map or list that Jackson
	 * writes
	 * @param text writes it for a person
	 */
	void report(String event, Object document, Consumer<PrintWriter> text);

	/**
	 * The progress of a move, refreshed while it runs: a bar on a terminal, otherwise a
	 * line or a {@code progress} object per refresh.
	 * @param status where the move is
	 * @param throughput how fast it went since the refresh before
	 */
	void progress(MoveStatus status, MoveStatus.Throughput throughput);

	/** Whether progress is drawn live (bars on a terminal), so worth refreshing often. */
	boolean live();

	/** Ends what {@link #progress} drew. */
	@Override
	void close();

	/**
	 * A writer for parts that write lines: each line it receives is {@link #say said}.
	 * @return the writer; closing it is not needed
	 */
	default PrintWriter lines() {
		return new PrintWriter(new Writer() {

			private final StringBuilder line = new StringBuilder();

			@Override
			public void write(char[] characters, int offset, int length) {
				for (int i = offset; i < offset + length; i++) {
					if (characters[i] == '\n') {
						say(this.line.toString());
						this.line.setLength(0);
					}
					else if (characters[i] != '\r') {
						this.line.append(characters[i]);
					}
				}
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}

		}, true);
	}

	/**
	 * The reporter for a command.
	 * @param out standard output
	 * @param json whether to write JSON for a machine
	 * @param terminal whether standard output is a terminal
	 */
	static Reporter of(PrintWriter out, boolean json, boolean terminal) {
		if (json) {
			return new JsonReporter(out);
		}
		return new TextReporter(out, terminal ? new ProgressBars(null) : null);
	}

}
