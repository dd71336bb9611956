package dev.carve.contracts.compatibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The buf CLI, as the build of this module installs it from npm, running breaking-change
 * checks with the rules of {@code buf.yaml} beside this class.
 */
final class Buf {

	private final Path executable;

	private final String config;

	Buf(Path executable) {
		if (!Files.isExecutable(executable)) {
			throw new IllegalStateException("buf is not installed at " + executable
					+ ". The build of contracts/compatibility installs it with npm, which needs Node.js 18 or newer:"
					+ " run ./mvnw install -pl contracts/compatibility");
		}
		this.executable = executable;
		this.config = readConfig();
	}

	/**
	 * Runs {@code buf breaking} on the protos under {@code input} against those under
	 * {@code against}. Exit code 0 means compatible, 100 breaking changes, anything else
	 * that buf could not compile a side.
	 * @param input the root of the protos as they are now
	 * @param against the root of the protos to stay compatible with
	 * @return buf's exit code and what it printed, one breaking change a line
	 */
	Outcome breaking(Path input, Path against) throws IOException, InterruptedException {
		// buf takes an inline configuration for a module at its working directory.
		Process buf = new ProcessBuilder(this.executable.toString(), "breaking", ".", "--against",
				against.toAbsolutePath().toString(), "--config", this.config, "--against-config", this.config)
			.directory(input.toFile())
			.redirectErrorStream(true)
			.start();
		buf.getOutputStream().close();
		String output = new String(buf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Outcome(buf.waitFor(), output.strip());
	}

	private static String readConfig() {
		try (InputStream in = Buf.class.getResourceAsStream("buf.yaml")) {
			if (in == null) {
				throw new IllegalStateException("buf.yaml is missing beside " + Buf.class.getName());
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What one run of buf ended with.
	 *
	 * @param exitCode buf's exit code
	 * @param output what buf printed
	 */
	record Outcome(int exitCode, String output) {

	}

}
