package dev.carve.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Checks a provider's published WireMock stubs against its OpenAPI document, so that a
 * consumer testing against the stubs tests against the contract: every stub's method and
 * path (given as {@code urlPathTemplate}, {@code urlPath} or {@code url}) is an operation
 * of the document, its status is one the operation declares, and its JSON body has every
 * required property of the declared schema and no property the schema does not declare; a
 * problem response ({@code application/problem+json}) has a {@code urn:carve:problem:}
 * type and the response's status.
 */
public final class OpenApiStubs {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private OpenApiStubs() {
	}

	/**
	 * Checks every mapping under a class path directory.
	 * @param openApi the OpenAPI document (YAML)
	 * @param stubsOnClasspath the stubs' root on the class path (holding
	 * {@code mappings/})
	 * @return how many stubs were checked
	 * @throws AssertionError naming each stub that does not conform, and why
	 */
	public static int assertConform(Path openApi, String stubsOnClasspath) {
		JsonNode document = YAMLMapper.builder().build().readTree(read(openApi));
		List<String> problems = new ArrayList<>();
		List<Path> stubs = stubs(stubsOnClasspath);
		if (stubs.isEmpty()) {
			throw new AssertionError("No stubs under " + stubsOnClasspath + "/mappings");
		}
		for (Path stub : stubs) {
			JsonNode mapping = JSON.readTree(read(stub));
			check(document, mapping, stub.getFileName().toString(), problems);
		}
		if (!problems.isEmpty()) {
			throw new AssertionError(
					"Stubs that do not conform to " + openApi.getFileName() + ":\n  " + String.join("\n  ", problems));
		}
		return stubs.size();
	}

	private static void check(JsonNode document, JsonNode mapping, String name, List<String> problems) {
		JsonNode request = mapping.path("request");
		String method = request.path("method").asString("").toLowerCase(java.util.Locale.ROOT);
		String url = first(request, "urlPathTemplate", "urlPath", "url");
		JsonNode operation = operation(document.path("paths"), url, method);
		if (operation == null) {
			problems.add(name + ": " + method.toUpperCase(java.util.Locale.ROOT) + " " + url + " is not an operation");
			return;
		}
		JsonNode response = mapping.path("response");
		String status = String.valueOf(response.path("status").asInt(200));
		JsonNode declared = operation.path("responses").path(status);
		if (declared.isMissingNode()) {
			declared = operation.path("responses").path("default");
		}
		if (declared.isMissingNode()) {
			problems.add(name + ": status " + status + " is not declared for " + method + " " + url);
			return;
		}
		JsonNode body = response.path("jsonBody");
		JsonNode problem = declared.path("content").path("application/problem+json");
		if (!problem.isMissingNode()) {
			checkProblem(body, response.path("status").asInt(200), name, problems);
		}
		else if (!body.isMissingNode()) {
			JsonNode schema = firstSchema(declared.path("content"));
			if (schema != null) {
				checkBody(document, schema, body, name + ": body", problems);
			}
		}
	}

	private static void checkProblem(JsonNode body, int status, String name, List<String> problems) {
		if (!body.path("type").asString("").startsWith("urn:carve:problem:")) {
			problems.add(name + ": a problem body needs a type urn:carve:problem:<code>");
		}
		if (body.path("status").asInt() != status) {
			problems.add(name + ": the problem's status member differs from the response status");
		}
	}

	private static void checkBody(JsonNode document, JsonNode schema, JsonNode body, String where,
			List<String> problems) {
		JsonNode resolved = resolve(document, schema);
		if (body.isObject() && resolved.has("properties")) {
			for (JsonNode required : resolved.path("required")) {
				if (!body.has(required.asString())) {
					problems.add(where + " lacks required property '" + required.asString() + "'");
				}
			}
			for (Map.Entry<String, JsonNode> property : body.properties()) {
				JsonNode declared = resolved.path("properties").path(property.getKey());
				if (declared.isMissingNode()) {
					problems.add(where + " has undeclared property '" + property.getKey() + "'");
				}
				else {
					checkBody(document, declared, property.getValue(), where + "." + property.getKey(), problems);
				}
			}
		}
		else if (body.isArray() && resolved.has("items")) {
			for (JsonNode element : body) {
				checkBody(document, resolved.path("items"), element, where + "[]", problems);
			}
		}
	}

	private static JsonNode resolve(JsonNode document, JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		if (ref.startsWith("#/")) {
			JsonNode target = document;
			for (String part : ref.substring(2).split("/")) {
				target = target.path(part);
			}
			return resolve(document, target);
		}
		return schema;
	}

	private static JsonNode operation(JsonNode paths, String url, String method) {
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			String pattern = path.getKey().replaceAll("\\{[^}]+}", "[^/]+");
			if (url.equals(path.getKey()) || url.matches(pattern)) {
				JsonNode operation = path.getValue().path(method);
				if (!operation.isMissingNode()) {
					return operation;
				}
			}
		}
		return null;
	}

	private static JsonNode firstSchema(JsonNode content) {
		Iterator<JsonNode> types = content.values().iterator();
		return types.hasNext() ? types.next().path("schema") : null;
	}

	private static String first(JsonNode request, String... keys) {
		for (String key : keys) {
			if (request.has(key)) {
				return request.path(key).asString().replaceAll("\\?.*", "");
			}
		}
		return "";
	}

	private static List<Path> stubs(String root) {
		URL url = Thread.currentThread().getContextClassLoader().getResource(root + "/mappings");
		if (url == null) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
			return files.filter((file) -> file.toString().endsWith(".json")).sorted().toList();
		}
		catch (IOException | URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
