package dev.carve.shop;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What the committed OpenAPI documents of the modules say each public operation answers,
 * held against every response a generated client receives: its status must be one the
 * operation documents, its body of a media type documented for that status (no body when
 * none is documented), and every header the document marks required must be there.
 * Install it as a generated {@code ApiClient}'s response interceptor: a response the
 * documents do not describe fails the call with an {@link AssertionError}.
 */
final class DocumentedResponses implements Consumer<HttpResponse<InputStream>> {

	private static final Path CONTRACTS = Path.of("../../contracts");

	private static final List<String> MODULES = List.of("identity", "catalog", "inventory", "orders", "payments",
			"notifications");

	private final List<Operations> paths;

	private DocumentedResponses(List<Operations> paths) {
		this.paths = paths;
	}

	/** The public operations of every module, as their contracts commit them. */
	static DocumentedResponses ofContracts() {
		YAMLMapper yaml = YAMLMapper.builder().build();
		List<Operations> paths = new ArrayList<>();
		for (String module : MODULES) {
			JsonNode document = yaml
				.readTree(CONTRACTS.resolve(module + "-contract/src/main/openapi/" + module + ".yaml").toFile());
			document.get("paths")
				.properties()
				.stream()
				.filter((path) -> !path.getKey().startsWith("/internal/"))
				.forEach((path) -> paths.add(new Operations(path.getKey(), (ObjectNode) path.getValue().deepCopy())));
		}
		paths.sort(
				Comparator.comparingLong((Operations path) -> path.template().chars().filter((c) -> c == '{').count()));
		return new DocumentedResponses(paths);
	}

	/**
	 * These documents with one response left out, as a document that does not describe
	 * what its endpoint answers.
	 */
	DocumentedResponses without(String template, String method, String status) {
		List<Operations> copy = this.paths.stream()
			.map((path) -> new Operations(path.template(), path.operations().deepCopy()))
			.collect(Collectors.toCollection(ArrayList::new));
		copy.stream()
			.filter((path) -> path.template().equals(template))
			.forEach((path) -> ((ObjectNode) path.operations().get(method).get("responses")).remove(status));
		return new DocumentedResponses(copy);
	}

	@Override
	public void accept(HttpResponse<InputStream> response) {
		String method = response.request().method().toLowerCase(Locale.ROOT);
		String path = response.request().uri().getRawPath();
		String call = response.request().method() + " " + path;
		JsonNode operation = this.paths.stream()
			.filter((candidate) -> candidate.matches(path) && candidate.operations().has(method))
			.findFirst()
			.map((candidate) -> candidate.operations().get(method))
			.orElseThrow(() -> new AssertionError(call + " is not a documented operation"));
		String status = String.valueOf(response.statusCode());
		JsonNode documented = operation.path("responses").get(status);
		if (documented == null) {
			throw new AssertionError(call + " answered " + status + ", which its document does not list (it lists "
					+ operation.path("responses").propertyNames() + ")");
		}
		List<String> mediaTypes = new ArrayList<>(documented.path("content").propertyNames());
		Optional<String> contentType = response.headers()
			.firstValue("Content-Type")
			.map((value) -> value.split(";")[0].trim());
		if (contentType.isPresent() ? !mediaTypes.contains(contentType.get()) : !mediaTypes.isEmpty()) {
			throw new AssertionError(call + " answered " + status + " with " + contentType.orElse("no body")
					+ "; its document says " + mediaTypes);
		}
		for (Map.Entry<String, JsonNode> header : documented.path("headers").properties()) {
			if (header.getValue().path("required").asBoolean()
					&& response.headers().firstValue(header.getKey()).isEmpty()) {
				throw new AssertionError(call + " answered " + status + " without the header " + header.getKey()
						+ " its document requires");
			}
		}
	}

	/** The operations of one path template. */
	private record Operations(String template, ObjectNode operations) {

		boolean matches(String path) {
			String regex = Pattern.compile("\\{[^}]+}")
				.splitAsStream(this.template)
				.map(Pattern::quote)
				.collect(Collectors.joining("[^/]+"));
			return Pattern.matches(regex + (this.template.endsWith("}") ? "[^/]+" : ""), path);
		}

	}

}
