package dev.carve.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How a command writes what it reports: for a person, or as JSON ({@link Reporter}). */
final class OutputOptions {

	@Option(names = "--json",
			description = { "Write JSON for a machine: one object per line, each with an \"event\" property "
					+ "(plan, verify and status write one; move, status --watch and events replay stream them)." })
	boolean json;

	@Spec(Spec.Target.MIXEE)
	CommandSpec spec;

	/** The reporter for the command; close it when the command ends. */
	Reporter reporter() {
		boolean terminal = (this.spec.root().userObject() instanceof Carve carve) && carve.terminal;
		return Reporter.of(this.spec.commandLine().getOut(), this.json, terminal);
	}

}
