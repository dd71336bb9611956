package dev.carve.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A running process's {@code /actuator/modules}, the operators' endpoint of the Carve
 * runtime: where each module runs and its route there, what the process knows of each
 * module (schema, events, gateways, outbox depth), and route changes. Calls carry an
 * operator's bearer token; the token is never printed.
 */
final class ModulesApi {

	/** How long one call may take: a route change waits for the writes in flight. */
	static final Duration CALL_TIMEOUT = Duration.ofSeconds(40);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String name;

	private final URI base;

	private final @Nullable String token;

	/**
	 * @param name what the process is to the user, such as {@code source app}
	 * @param url the process's HTTP base URL, such as {@code http://localhost:8080}
	 * @param token an operator's bearer token, or {@code null} for none
	 */
	ModulesApi(String name, String url, @Nullable String token) {
		this.name = name;
		this.base = URI.create(url.endsWith("/") ? url : url + "/");
		this.token = token;
	}

	/**
	 * The module as this process shows it.
	 * @return its entry, or {@code null} when the process neither runs nor calls it
	 */
	@Nullable Module module(String module) {
		for (JsonNode entry : modules()) {
			if (module.equals(entry.get("module").asString())) {
				return new Module(entry.get("runs").asString(), text(entry, "route"), text(entry, "remote"),
						text(entry, "changedBy"));
			}
		}
		return null;
	}

	/**
	 * Every module the process runs or calls elsewhere, as the runtime describes it.
	 * @return the entries of {@code /actuator/modules}, each an object with at least
	 * {@code module} and {@code runs}
	 * @throws CarveException {@link Carve#UNREACHABLE} when the process cannot be
	 * reached, {@link Carve#REFUSED} for a token it does not accept
	 */
	List<JsonNode> modules() {
		List<JsonNode> modules = new ArrayList<>();
		send(request("actuator/modules").GET()).get("modules").forEach(modules::add);
		return modules;
	}

	String name() {
		return this.name;
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(CALL_TIMEOUT)
			.header("Accept", "application/json");
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		return request;
	}

	private JsonNode send(HttpRequest.Builder request) {
		HttpRequest built = request.build();
		HttpResponse<String> response;
		try {
			response = this.http.send(built, HttpResponse.BodyHandlers.ofString());
		}
		catch (ConnectException | HttpConnectTimeoutException ex) {
			throw CarveException.unreachable("the " + this.name + " at " + this.base + " cannot be reached", ex);
		}
		catch (HttpTimeoutException ex) {
			throw CarveException.failed("the " + this.name + " did not answer " + built.method() + " " + built.uri()
					+ " within " + CALL_TIMEOUT.toSeconds() + " s", ex);
		}
		catch (IOException ex) {
			throw CarveException.unreachable("the " + this.name + " at " + this.base + " cannot be reached: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw CarveException.failed("interrupted", ex);
		}
		int status = response.statusCode();
		if (status == 401 || status == 403) {
			throw CarveException.refused("the " + this.name + " answered " + status + " to " + built.method() + " "
					+ built.uri() + ": give an operator's (ADMIN) token with --token or CARVE_TOKEN");
		}
		if (status == 404) {
			throw CarveException.refused("the " + this.name + " has no " + built.uri()
					+ ": expose the modules endpoint (management.endpoints.web.exposure.include: modules)");
		}
		if (status != 200) {
			throw CarveException.failed("the " + this.name + " answered " + status + " to " + built.method() + " "
					+ built.uri() + ": " + response.body(), null);
		}
		return json.readTree(response.body());
	}

	private static @Nullable String text(JsonNode entry, String field) {
		JsonNode value = entry.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	/**
	 * A module as one process shows it.
	 *
	 * @param runs {@code in-process}, or how the process calls it elsewhere
	 * @param route its route, when it runs in the process
	 * @param remote the other side the process knows for it, if any
	 * @param changedBy who set its route last, when it runs in the process
	 */
	record Module(String runs, @Nullable String route, @Nullable String remote, @Nullable String changedBy) {

		boolean inProcess() {
			return "in-process".equals(this.runs);
		}

	}

}
