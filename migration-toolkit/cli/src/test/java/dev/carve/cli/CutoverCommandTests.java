package dev.carve.cli;

import java.io.IOException;
import java.util.Map;

import dev.carve.testkit.FreePorts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code carve cutover} answers before it touches anything: a missing app is a usage
 * error, an app that cannot be reached exits 5. The cutover itself runs against real
 * processes in the end-to-end tests ({@code CutoverIntegrationTests}).
 */
class CutoverCommandTests {

	@Test
	void aMissingAppIsAUsageError() {
		CarveCli.Result result = CarveCli.run("cutover", "inventory", "--target-app", "http://127.0.0.1:8081");
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.USAGE);
		assertThat(result.err()).contains("Missing --source-app (or the environment variable CARVE_SOURCE_APP)");
	}

	@Test
	void anAppThatCannotBeReachedExitsFiveAndNamesIt() throws IOException {
		String nobody = "http://127.0.0.1:" + FreePorts.next();
		CarveCli.Result result = CarveCli.run(Map.of("CARVE_TOKEN", "secret-token"), "cutover", "inventory",
				"--source-app", nobody, "--target-app", "http://127.0.0.1:8081", "--target",
				"jdbc:postgresql://127.0.0.1:1/none");
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.UNREACHABLE);
		assertThat(result.err()).contains("the source app at " + nobody + "/ cannot be reached")
			.doesNotContain("secret-token");
	}

}
