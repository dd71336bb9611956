package dev.carve.benchmarks.move;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The tools' own way to move a schema between two servers, for servers that come with a
 * matching {@code pg_dump}:
 * {@code pg_dump -Fc -Z0 -n inventory | pg_restore --exit-on-error -d target}, one stream
 * from one process into the other. The custom format is the one {@code pg_restore} reads
 * from a pipe; {@code -Z0} leaves out its compression, which on loopback only costs CPU.
 * {@code pg_restore} creates the schema, loads each table with {@code COPY}, then builds
 * the indexes and adds the keys, as a fresh target gets it; the directory format's
 * parallel restore ({@code -j}) needs the whole dump on disk first.
 */
final class DumpRestorePipe {

	private DumpRestorePipe() {
	}

	/**
	 * Dumps the module's schema from a source database and restores it into an empty
	 * target database.
	 * @param from the source server, with its client programs
	 * @param source the source database
	 * @param to the target server
	 * @param target the target database, empty
	 * @param work the run's directory, for {@code <label>.log}
	 * @param label the run's name
	 * @return the seconds from the start of {@code pg_dump} to the end of both
	 * @throws IllegalStateException when either fails
	 */
	static double copy(PostgresServer from, String source, PostgresServer to, String target, Path work, String label)
			throws IOException, InterruptedException {
		Path bin = from.clients().orElseThrow(() -> new IllegalStateException("The servers come without pg_dump"));
		Path log = work.resolve(label + ".log");
		ProcessBuilder dump = new ProcessBuilder(bin.resolve("pg_dump").toString(), "-Fc", "-Z0", "-n",
				InventorySchema.MODULE, "-d", from.conninfo(source))
			.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
		ProcessBuilder restore = new ProcessBuilder(bin.resolve("pg_restore").toString(), "--exit-on-error",
				"--no-owner", "-d", to.conninfo(target))
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
		long started = System.nanoTime();
		List<Process> pipeline = ProcessBuilder.startPipeline(List.of(dump, restore));
		for (Process process : pipeline) {
			if (process.waitFor() != 0) {
				throw new IllegalStateException(process.info().command().orElse("pg_dump | pg_restore")
						+ " exited with " + process.exitValue() + ", see " + log);
			}
		}
		return (System.nanoTime() - started) / 1e9;
	}

}
