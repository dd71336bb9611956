package dev.carve.k8s.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;

/**
 * Whether a Job's containers run images of the image build and, where they run the
 * {@code carve} command, one of its commands with options it has and variables it reads.
 * The command is asked itself: the built {@code carve.jar}, given the container's
 * arguments and {@code --help}, prints the help of the command they select, which lists
 * its options and names the environment variables it reads.
 */
final class CarveCommands {

	/** The key of the command's image in {@code k8s/images.properties}. */
	static final String CLI = "cli";

	private static final Pattern VARIABLE = Pattern.compile("\\b(CARVE_[A-Z0-9_]+)");

	/**
	 * An option as its help lists it: {@code   -h, --help} or
	 * {@code   --kafka=HOST:PORT}.
	 */
	private static final Pattern OPTION = Pattern.compile("(?m)^ +(?:-[a-zA-Z], )?(--[a-z][a-z-]*)");

	private final Map<String, String> images;

	private final Path jar;

	CarveCommands(Project project) throws IOException {
		this.images = project.images();
		this.jar = project.root().resolve("migration-toolkit/cli/target/carve.jar");
	}

	List<String> problems(Workload job, References references) throws IOException, InterruptedException {
		String id = job.manifest().id();
		List<String> problems = new ArrayList<>();
		for (JsonObject container : job.containers()) {
			String image = Containers.imageName(container);
			if (!this.images.containsValue(image)) {
				problems.add(id + ": image " + image + " is none of the images in k8s/images.properties");
				continue;
			}
			if (image.equals(this.images.get(CLI))) {
				problems.addAll(command(id, container, references));
			}
		}
		return problems;
	}

	private List<String> command(String id, JsonObject container, References references)
			throws IOException, InterruptedException {
		List<String> arguments = new ArrayList<>();
		if (container.has("command")) {
			return List.of(id + ": container " + Manifest.text(container.get("name"))
					+ " replaces the image's entrypoint; give the carve command's arguments as args");
		}
		if (container.has("args")) {
			container.getAsJsonArray("args").forEach((argument) -> arguments.add(Manifest.text(argument)));
		}
		if (arguments.isEmpty()) {
			return List.of(id + ": container " + Manifest.text(container.get("name")) + " names no carve command");
		}
		String help = help(arguments);
		String command = "carve " + arguments.getFirst();
		if (!help.startsWith("Usage: " + command + " ")) {
			return List.of(id + ": " + command + " is not a carve command");
		}
		Set<String> options = Project.matches(OPTION, help);
		List<String> problems = new ArrayList<>();
		arguments.stream()
			.filter((argument) -> argument.startsWith("--"))
			.map((argument) -> argument.split("=", 2)[0])
			.filter((option) -> !options.contains(option))
			.forEach((option) -> problems.add(id + ": " + command + " has no option " + option));
		Set<String> documented = Project.matches(VARIABLE, help);
		for (String variable : Containers.variables(container, references).keySet()) {
			if (!documented.contains(variable) && !Containers.JVM_VARIABLES.contains(variable)) {
				problems.add(id + ": " + variable + " is no variable " + command + " reads " + documented);
			}
		}
		return problems;
	}

	/**
	 * The help of the command the arguments select. The command prints it however the
	 * arguments go on, so it only tells the command and its options and variables.
	 */
	private String help(List<String> arguments) throws IOException, InterruptedException {
		if (!Files.isRegularFile(this.jar)) {
			throw new IllegalStateException(this.jar + " is not built: the check asks it about the carve commands "
					+ "the manifests run (./build -pl migration-toolkit/cli -am -DskipTests package)");
		}
		List<String> command = new ArrayList<>(List
			.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", this.jar.toString()));
		command.addAll(arguments);
		command.add("--help");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
		}
		return output;
	}

}
