package dev.carve.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The built {@code carve.jar}, run as a process the way the launcher runs it. */
class CarveJarIntegrationTests {

	@Test
	void explainsItselfAndItsCommands() throws Exception {
		CarveJar.Run help = carve("--help");
		assertThat(help.exitCode()).as(help.output()).isZero();
		assertThat(help.output()).contains("Usage: carve").contains("plan").contains("Exit codes: 0 done");
		CarveJar.Run planHelp = carve("plan", "--help");
		assertThat(planHelp.exitCode()).as(planHelp.output()).isZero();
		assertThat(planHelp.output()).contains("Usage: carve plan")
			.contains("--source=JDBC-URL")
			.contains("CARVE_SOURCE_PASSWORD");
	}

	@Test
	void plansAMoveBetweenRealDatabases() throws Exception {
		CarveJar.Run plan = carve("plan", "inventory", "--source", InventoryData.newSource(20), "--target",
				Servers.newTargetDatabase());
		assertThat(plan.exitCode()).as(plan.output()).isZero();
		assertThat(plan.output()).contains("Tables: 5, 25 rows");
	}

	@Test
	void exitsWithTheUsageCodeOnAWrongCommandLine() throws Exception {
		CarveJar.Run run = carve("plan");
		assertThat(run.exitCode()).as(run.output()).isEqualTo(Carve.USAGE);
		assertThat(run.output()).contains("Missing required parameter: 'MODULE'");
	}

	private static CarveJar.Run carve(String... args) throws Exception {
		return CarveJar.run(args);
	}

}
