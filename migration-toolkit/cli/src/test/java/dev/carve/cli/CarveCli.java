package dev.carve.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the {@code carve} command in this JVM, as a user's shell would run it. */
final class CarveCli {

	private CarveCli() {
	}

	/** Runs the command with the given arguments and no {@code CARVE_*} environment. */
	static Result run(String... args) {
		return run(Map.of(), args);
	}

	/** Runs the command with the given environment and arguments. */
	static Result run(Map<String, String> environment, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = Carve.run(new PrintWriter(out), new PrintWriter(err), environment, args);
		return new Result(exitCode, out.toString(), err.toString());
	}

	/** A command line: the arguments, then the connection options. */
	static String[] with(String[] connections, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of(connections));
		return all.toArray(String[]::new);
	}

	/**
	 * What the user sees.
	 *
	 * @param exitCode the exit code
	 * @param out standard output
	 * @param err standard error
	 */
	record Result(int exitCode, String out, String err) {

		@Override
		public String toString() {
			return "exit " + this.exitCode + "\n--- out\n" + this.out + "--- err\n" + this.err;
		}

	}

}
