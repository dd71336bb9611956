package dev.carve.contracts.compatibility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compares a contract's protos with their baseline using buf's FILE rules. A package's
 * major version is the directory it lives in ({@code orders/v1}). A released version
 * directory that is gone while a higher one exists ({@code orders/v2}) was replaced by a
 * new major version and is not compared; a version directory the baseline does not have
 * yet is new, and is compared once the baseline of its release includes it.
 */
final class ProtoCompatibility {

	private static final Pattern VERSION = Pattern.compile("v(\\d+)");

	private final Buf buf;

	ProtoCompatibility(Buf buf) {
		this.buf = buf;
	}

	/**
	 * Checks the protos under {@code current} against those under {@code baseline}.
	 * @param current the root of the protos as they are now ({@code src/main/proto})
	 * @param baseline the root of the protos as released ({@code src/baseline/proto})
	 * @return what was compared and what breaks
	 */
	Report check(Path current, Path baseline) throws IOException, InterruptedException {
		if (!Files.isDirectory(baseline)) {
			return Report.note("proto: no baseline at " + baseline + ", nothing compared");
		}
		Report report = new Report(List.of(), List.of());
		List<Path> replaced = new ArrayList<>();
		for (Path version : versions(baseline)) {
			if (replacedByNewerMajor(current, version)) {
				replaced.add(version);
				report = report.and(Report.note("proto: " + version + " was replaced by a newer major version"));
			}
		}
		for (Path version : versions(current)) {
			if (!Files.isDirectory(baseline.resolve(version))) {
				report = report.and(Report.note("proto: " + version + " is new, compared once released"));
			}
		}
		if (replaced.isEmpty()) {
			return report.and(compare(current, baseline));
		}
		Path against = Files.createTempDirectory("proto-baseline");
		try {
			copyExcept(baseline, against, replaced);
			return report.and(compare(current, against));
		}
		finally {
			delete(against);
		}
	}

	private Report compare(Path current, Path against) throws IOException, InterruptedException {
		try (Stream<Path> files = Files.walk(against)) {
			if (files.noneMatch((file) -> file.toString().endsWith(".proto"))) {
				return Report.note("proto: nothing released left to compare");
			}
		}
		Buf.Outcome outcome = this.buf.breaking(current, against);
		if (outcome.exitCode() != 0) {
			return Report.breaking("proto, buf breaking exit code " + outcome.exitCode() + ":\n" + outcome.output());
		}
		return Report.note("proto: compatible with the baseline");
	}

	/**
	 * The version directories under a proto root, relative to it, such as
	 * {@code orders/v1}.
	 */
	private static List<Path> versions(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter((path) -> Files.isDirectory(path) && major(path) >= 0).map(root::relativize).toList();
		}
	}

	private static boolean replacedByNewerMajor(Path current, Path version) throws IOException {
		Path directory = current.resolve(version);
		if (Files.isDirectory(directory) || !Files.isDirectory(directory.getParent())) {
			return false;
		}
		try (Stream<Path> siblings = Files.list(directory.getParent())) {
			return siblings.anyMatch((sibling) -> Files.isDirectory(sibling) && major(sibling) > major(version));
		}
	}

	/** The major version a directory such as {@code v2} names, or -1 if it names none. */
	private static int major(Path directory) {
		Path name = directory.getFileName();
		Matcher matcher = VERSION.matcher((name != null) ? name.toString() : "");
		return matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
	}

	private static void copyExcept(Path from, Path to, List<Path> excluded) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path relative = from.relativize(file);
				if (excluded.stream().noneMatch(relative::startsWith)) {
					Files.createDirectories(to.resolve(relative).getParent());
					Files.copy(file, to.resolve(relative));
				}
			}
		}
	}

	private static void delete(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
