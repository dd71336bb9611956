package dev.carve.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code carve} command and its exit codes.
 *
 * <p>
 * Exit codes: {@value #DONE} done, {@value #FAILED} failed, {@value #USAGE} usage,
 * {@value #REFUSED} refused (a precondition is not met), {@value #DIFFERENT} verify found
 * differences, {@value #UNREACHABLE} a database or the broker cannot be reached.
 */
@Command(name = "carve", mixinStandardHelpOptions = true, versionProvider = Carve.Version.class,
		description = { "Moves one module's data out of a modular monolith's database.", "",
				"plan, then move, watch it with status, verify, then cutover while the move streams; "
						+ "move --emit-connect writes the same move for Kafka Connect; move --abort cleans up; "
						+ "modules shows a running process's module map; events replay TOPIC.dlt writes "
						+ "the records consumers set aside back to their topic." },
		footer = { "",
				"Each connection setting comes from its option, else from the --config file, else from "
						+ "the environment (CARVE_SOURCE_URL, CARVE_SOURCE_USER, CARVE_SOURCE_PASSWORD, likewise "
						+ "CARVE_TARGET_*, CARVE_KAFKA, CARVE_SOURCE_APP, CARVE_TARGET_APP and CARVE_TOKEN). "
						+ "carve modules reads --url's /actuator/modules with the same token, and --source's tables. "
						+ "--json writes JSON lines for machines.",
				"", "Exit codes: 0 done, 1 failed, 2 usage, 3 refused (a precondition is not met), "
						+ "4 verify found differences, 5 a database, the broker or an app cannot be reached." })
public final class Carve implements Runnable {

	/** The command did what it was asked. */
	public static final int DONE = 0;

	/** The command failed for a reason not covered by another code. */
	public static final int FAILED = 1;

	/** The command line was wrong. */
	public static final int USAGE = 2;

	/** A precondition is not met; the message says which and what to do. */
	public static final int REFUSED = 3;

	/** Verify found differences between source and target. */
	public static final int DIFFERENT = 4;

	/** A database or the Kafka broker cannot be reached. */
	public static final int UNREACHABLE = 5;

	/** The commands, by name, in the order the help lists them. */
	private static final Map<String, Supplier<Object>> COMMANDS = commands();

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	/** Whether standard output is a terminal, where progress is drawn as bars. */
	final boolean terminal;

	private Carve(boolean terminal) {
		this.terminal = terminal;
	}

	/**
	 * Runs the command and exits the JVM with its exit code.
	 * @param args the command line
	 */
	public static void main(String[] args) {
		boolean terminal = System.console() != null && System.console().isTerminal();
		System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv(), terminal,
				args));
	}

	/**
	 * Runs the command in this JVM.
	 * @param out where results go
	 * @param err where errors and refusals go
	 * @param environment the environment to take {@code CARVE_*} defaults from
	 * @param args the command line
	 * @return the exit code
	 */
	public static int run(PrintWriter out, PrintWriter err, Map<String, String> environment, String... args) {
		return run(out, err, environment, false, args);
	}

	private static int run(PrintWriter out, PrintWriter err, Map<String, String> environment, boolean terminal,
			String... args) {
		CommandLine commandLine = commandLine(terminal, args);
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler(Carve::handle);
		try {
			commandLine.setDefaultValueProvider(new ConnectionDefaults(configuration(args), environment));
			return commandLine.execute(args);
		}
		catch (CarveException ex) {
			err.println(ex.getMessage());
			return ex.exitCode();
		}
		finally {
			out.flush();
			err.flush();
		}
	}

	/**
	 * The command line of {@code carve} with its commands: only the one named first when
	 * there is one, since picocli reads every command's options, mixins and help when it
	 * is added (a quarter of a second of every command's start for all of them); all of
	 * them otherwise, for the help and for a name that matches none.
	 */
	static CommandLine commandLine(boolean terminal, String... args) {
		CommandLine commandLine = new CommandLine(new Carve(terminal));
		String named = (args.length > 0 && COMMANDS.containsKey(args[0])) ? args[0] : null;
		COMMANDS.forEach((name, command) -> {
			if (named == null || named.equals(name)) {
				commandLine.addSubcommand(name, command.get());
			}
		});
		return commandLine;
	}

	/** The settings of the {@code --config} file named on the command line, if any. */
	private static Map<String, String> configuration(String... args) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--config") && i + 1 < args.length) {
				return ConfigFile.read(Path.of(args[i + 1]));
			}
			if (args[i].startsWith("--config=")) {
				return ConfigFile.read(Path.of(args[i].substring("--config=".length())));
			}
		}
		return Map.of();
	}

	private static int handle(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
		PrintWriter err = commandLine.getErr();
		String message = (ex instanceof CarveException) ? ex.getMessage()
				: "carve " + commandLine.getCommandName() + " failed: " + ex;
		int exitCode = (ex instanceof CarveException carve) ? carve.exitCode() : FAILED;
		err.println(message);
		if (commandLine.getParseResult().hasMatchedOption("--json")) {
			new JsonReporter(commandLine.getOut()).report("error", Map.of("exitCode", exitCode, "message", message),
					(text) -> {
					});
		}
		return exitCode;
	}

	@Override
	public void run() {
		throw new CommandLine.ParameterException(this.spec.commandLine(),
				"Name a command: plan, move, status, verify, cutover, modules or events");
	}

	private static Map<String, Supplier<Object>> commands() {
		Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
		commands.put("plan", PlanCommand::new);
		commands.put("move", MoveCommand::new);
		commands.put("verify", VerifyCommand::new);
		commands.put("status", StatusCommand::new);
		commands.put("cutover", CutoverCommand::new);
		commands.put("modules", ModulesCommand::new);
		commands.put("events", EventsCommand::new);
		return Collections.unmodifiableMap(commands);
	}

	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = Carve.class.getPackage().getImplementationVersion();
			return new String[] { "carve " + ((version != null) ? version : "(development build)") };
		}

	}

}
