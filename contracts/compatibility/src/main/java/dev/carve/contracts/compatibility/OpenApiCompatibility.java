package dev.carve.contracts.compatibility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.jspecify.annotations.Nullable;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Compares a contract's OpenAPI files with their baseline using openapi-diff: a change
 * that breaks a client of the baseline (a removed path or operation, a new required
 * request field or parameter, a changed property type, ...) is incompatible. A file whose
 * {@code info.version} names a higher major version than its baseline ({@code v2} after
 * {@code v1}) is a new major version and is not compared; its baseline starts when it is
 * released.
 */
final class OpenApiCompatibility {

	private static final Pattern MAJOR = Pattern.compile("\\D*(\\d+).*");

	/**
	 * The {@code openapi: 3.1.x} line of a YAML document. openapi-diff 2.1 reads a 3.1
	 * schema without its type (3.1 makes it a set, which it ignores), so a property
	 * changing from string to integer would pass. Read as 3.0 the same documents compare
	 * with their types: springdoc's 3.1 output uses no other 3.1-only keyword than a
	 * numeric {@code exclusiveMinimum}, which openapi-diff compares in neither version.
	 */
	private static final Pattern OPENAPI_3_1 = Pattern.compile("(?m)^openapi:\\s*([\"']?)3\\.1\\.\\d+\\1\\s*$");

	private OpenApiCompatibility() {
	}

	/**
	 * Checks every OpenAPI file ({@code *.yaml}) in {@code baseline} against the file of
	 * the same name in {@code current}.
	 * @param current the OpenAPI files as they are now ({@code src/main/openapi})
	 * @param baseline the OpenAPI files as released ({@code src/baseline/openapi})
	 * @return what was compared and what breaks
	 */
	static Report check(Path current, Path baseline) throws IOException {
		if (!Files.isDirectory(baseline)) {
			return Report.note("openapi: no baseline at " + baseline + ", nothing compared");
		}
		Report report = new Report(List.of(), List.of());
		for (Path released : files(baseline)) {
			Path now = current.resolve(released.getFileName());
			report = report.and(Files.isRegularFile(now) ? compare(released, now)
					: Report.breaking("openapi: " + released.getFileName() + " was released and is gone"));
		}
		for (Path now : files(current)) {
			if (!Files.isRegularFile(baseline.resolve(now.getFileName()))) {
				report = report.and(Report.note("openapi: " + now.getFileName() + " is new, compared once released"));
			}
		}
		return report;
	}

	private static Report compare(Path released, Path now) throws IOException {
		ChangedOpenApi diff = OpenApiCompare.fromContents(readAs30(released), readAs30(now));
		String name = "openapi: " + now.getFileName();
		int releasedMajor = major(diff.getOldSpecOpenApi());
		int major = major(diff.getNewSpecOpenApi());
		if (major > releasedMajor) {
			return Report.note(name + " is major version " + major + " after " + releasedMajor
					+ ", not compared; its baseline starts when it is released");
		}
		if (diff.isIncompatible()) {
			return Report.breaking(name + " is incompatible with its baseline:\n" + render(diff));
		}
		return Report.note(name + " is compatible with the baseline");
	}

	private static String readAs30(Path file) throws IOException {
		return OPENAPI_3_1.matcher(Files.readString(file)).replaceFirst("openapi: \"3.0.3\"");
	}

	private static String render(ChangedOpenApi diff) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
			new MarkdownRender().render(diff, writer);
		}
		return out.toString(StandardCharsets.UTF_8).strip();
	}

	/**
	 * The major version {@code info.version} names ({@code v1}, {@code 1.4.0}), or -1.
	 */
	private static int major(@Nullable OpenAPI api) {
		Info info = (api != null) ? api.getInfo() : null;
		String version = (info != null) ? info.getVersion() : null;
		Matcher matcher = MAJOR.matcher((version != null) ? version : "");
		return matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
	}

	private static List<Path> files(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.toString().matches(".*\\.ya?ml")).sorted().toList();
		}
	}

}
