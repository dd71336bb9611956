package dev.carve.benchmarks.orderflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Records a JDK Flight Recorder profile of each process while it is measured, through
 * {@code jcmd} of the JDK that runs the benchmark: {@code <directory>/<name>.jfr}, to be
 * read with {@code jfr print --events jdk.ExecutionSample} or {@code jfr summary}.
 */
final class Profiler {

	private Profiler() {
	}

	static void start(List<Deployable> processes, Path directory, Duration duration)
			throws IOException, InterruptedException {
		Files.createDirectories(directory);
		for (Deployable process : processes) {
			jcmd(process, "JFR.start", "name=benchmark", "settings=profile", "+jdk.JavaExceptionThrow#enabled=true",
					"filename=" + directory.resolve(process.name() + ".jfr"), "duration=" + duration.toSeconds() + "s");
		}
	}

	static void stop(List<Deployable> processes) throws IOException, InterruptedException {
		for (Deployable process : processes) {
			jcmd(process, "JFR.stop", "name=benchmark");
		}
	}

	private static void jcmd(Deployable process, String... command) throws IOException, InterruptedException {
		Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
		List<String> line = new java.util.ArrayList<>(
				List.of(java.resolveSibling("jcmd").toString(), Long.toString(process.pid())));
		line.addAll(List.of(command));
		new ProcessBuilder(line).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start()
			.waitFor();
	}

}
