package dev.carve.endtoend;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code carve cutover inventory} run to its end under an order load, with when it ran in
 * the load's seconds.
 *
 * @param printed what the command printed (with {@code --json})
 * @param ran when it ran, as {@code +12.3 s to +19.8 s}
 */
record TimedCutover(CarveCli.Result printed, String ran) {

	/**
	 * Runs the cutover and checks that it ended with exit code 0.
	 * @param sourceApp the app that serves inventory now
	 * @param targetApp the app that takes it
	 * @param token an operator's token
	 */
	static TimedCutover run(CarveCli cli, OrderLoad load, String sourceApp, String targetApp, String token)
			throws IOException, InterruptedException {
		double started = load.secondsSinceStart();
		CarveCli.Result printed = cli.run(Duration.ofSeconds(120), "cutover", "inventory", "--source-app", sourceApp,
				"--target-app", targetApp, "--token", token, "--json");
		String ran = String.format("+%.1f s to +%.1f s", started, load.secondsSinceStart());
		System.out.print("carve cutover from " + sourceApp + " printed:\n" + printed.output());
		assertThat(printed.exitCode()).as(printed.output()).isZero();
		return new TimedCutover(printed, ran);
	}

	/**
	 * Prints what it reported and the orders placed around it ({@link CutoverPrintout}).
	 */
	void print(String way, OrderLoad load) {
		CutoverPrintout.cutover(way, load, this.printed, this.ran);
	}

}
