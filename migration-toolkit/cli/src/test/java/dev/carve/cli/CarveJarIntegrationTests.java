package dev.carve.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The built {@code carve.jar}, run as a process the way the launcher runs it. */
class CarveJarIntegrationTests {

	private static final Path JAR = Path.of("target", "carve.jar");

	@Test
	void explainsItselfAndItsCommands() throws Exception {
		Run help = carve("--help");
		assertThat(help.exitCode()).as(help.output()).isZero();
		assertThat(help.output()).contains("Usage: carve").contains("plan").contains("Exit codes: 0 done");
		Run planHelp = carve("plan", "--help");
		assertThat(planHelp.exitCode()).as(planHelp.output()).isZero();
		assertThat(planHelp.output()).contains("Usage: carve plan")
			.contains("--source=JDBC-URL")
			.contains("CARVE_SOURCE_PASSWORD");
	}

	@Test
	void plansAMoveBetweenRealDatabases() throws Exception {
		Run plan = carve("plan", "inventory", "--source", InventoryData.newSource(20), "--target",
				Servers.newTargetDatabase());
		assertThat(plan.exitCode()).as(plan.output()).isZero();
		assertThat(plan.output()).contains("Tables: 5, 25 rows");
	}

	@Test
	void exitsWithTheUsageCodeOnAWrongCommandLine() throws Exception {
		Run run = carve("plan");
		assertThat(run.exitCode()).as(run.output()).isEqualTo(Carve.USAGE);
		assertThat(run.output()).contains("Missing required parameter: 'MODULE'");
	}

	private static Run carve(String... args) throws IOException, InterruptedException {
		assertThat(JAR).as("the build makes the jar before the tests run").isRegularFile();
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
				"-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
		command.addAll(List.of(args));
		Path output = Files.createTempFile("carve", ".out");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		try {
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("carve ends within a minute").isTrue();
			return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
		}
		finally {
			process.destroyForcibly();
			Files.deleteIfExists(output);
		}
	}

	private record Run(int exitCode, String output) {

	}

}
