package dev.carve.k8s.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks rendered manifests: each object against its schema, then the objects against
 * each other and against the applications they run. Every problem names the object
 * ({@code Kind/name}) and what is wrong with it.
 */
public final class ManifestCheck {

	private final Project project;

	private final CrdSchemas crds;

	private final Containers containers;

	private final CarveCommands commands;

	/**
	 * A check for the manifests of a project.
	 * @param project the repository
	 * @param crds the CustomResourceDefinitions of the operators' kinds
	 */
	public ManifestCheck(Project project, List<Path> crds) throws IOException {
		this.project = project;
		this.crds = CrdSchemas.read(crds);
		this.containers = new Containers(project);
		this.commands = new CarveCommands(project);
	}

	/**
	 * The CRDs the check knows: CloudNativePG's {@code Cluster}, kept in this module, and
	 * Strimzi's, generated into {@code work}.
	 * @param strimziGenerator the directory with Strimzi's CRD generator and API jars
	 * @param work a directory for generated files
	 * @return the CRD files
	 */
	public static List<Path> crds(Path strimziGenerator, Path work) throws IOException, InterruptedException {
		List<Path> crds = new ArrayList<>(StrimziCrds.generate(strimziGenerator, work.resolve("crds")));
		Path cluster = work.resolve("crds/postgresql.cnpg.io_clusters.yaml");
		try (var in = ManifestCheck.class.getResourceAsStream("/crds/postgresql.cnpg.io_clusters.yaml")) {
			Files.copy(in, cluster, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		crds.add(cluster);
		return crds;
	}

	/**
	 * The problems of rendered manifests.
	 * @param manifests every object of one overlay
	 * @return the problems; empty when the manifests pass
	 */
	public List<String> problems(List<Manifest> manifests) throws IOException, InterruptedException {
		List<String> problems = new ArrayList<>();
		for (Manifest manifest : manifests) {
			if (CoreSchemas.covers(manifest)) {
				CoreSchemas.problem(manifest).ifPresent(problems::add);
			}
			else if (this.crds.covers(manifest)) {
				problems.addAll(this.crds.problems(manifest));
			}
			else {
				problems.add(manifest.id() + ": " + manifest.apiVersion() + " " + manifest.kind()
						+ " has no schema to check it against");
			}
		}
		problems.addAll(Selectors.problems(manifests));
		References references = new References(manifests, this.project.userSecrets());
		for (Manifest manifest : manifests) {
			if (Workload.runsPods(manifest)) {
				problems.addAll(references.problems(new Workload(manifest)));
			}
			if (manifest.kind().equals("Deployment")) {
				problems.addAll(this.containers.problems(new Workload(manifest), references));
			}
			if (manifest.kind().equals("Job")) {
				problems.addAll(this.commands.problems(new Workload(manifest), references));
			}
		}
		return problems;
	}

}
