package dev.carve.k8s.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The overlays of the repository, rendered once per test JVM with the pinned kubectl, and
 * the check, built once.
 */
final class Overlays {

	private static final Map<String, String> rendered = new ConcurrentHashMap<>();

	private static ManifestCheck check;

	private Overlays() {
	}

	static Project project() {
		return new Project(Path.of(System.getProperty("carve.repository")).toAbsolutePath());
	}

	/** A fresh copy of an overlay's objects, free to change. */
	static List<Manifest> render(String overlay) throws Exception {
		String yaml = rendered.get(overlay);
		if (yaml == null) {
			Kubectl kubectl = Kubectl.install(System.getProperty("carve.k8s.kubectl-package"),
					System.getProperty("carve.k8s.kubectl-integrity"),
					Path.of(System.getProperty("user.home"), ".cache", "carve"));
			yaml = kubectl.kustomize(project().k8s().resolve("overlays").resolve(overlay));
			rendered.put(overlay, yaml);
		}
		return Manifest.parseAll(yaml);
	}

	static synchronized ManifestCheck check() throws Exception {
		if (check == null) {
			check = new ManifestCheck(project(),
					ManifestCheck.crds(Path.of(System.getProperty("carve.k8s.strimzi-generator")),
							Path.of(System.getProperty("carve.k8s.work"))));
		}
		return check;
	}

	static Manifest find(List<Manifest> manifests, String kind, String namePrefix) {
		return manifests.stream()
			.filter((manifest) -> manifest.kind().equals(kind) && manifest.name().startsWith(namePrefix))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + "/" + namePrefix + "* rendered"));
	}

}
