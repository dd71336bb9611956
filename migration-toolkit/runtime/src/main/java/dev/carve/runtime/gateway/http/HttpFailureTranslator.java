package dev.carve.runtime.gateway.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.carve.api.DomainException;
import dev.carve.runtime.gateway.DomainErrorDecoder;
import dev.carve.runtime.gateway.FailureTranslator;
import dev.carve.runtime.gateway.GatewayRefusedException;
import dev.carve.runtime.gateway.GatewayUnavailableException;
import dev.carve.runtime.gateway.ModuleDormantException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Translates what an HTTP interface client over a {@code RestClient} threw. An RFC 9457
 * problem whose type ({@code urn:carve:problem:<code>}) the gateway knows becomes the
 * contract's domain exception, its extra members the details. Any other 4xx answer but
 * 408 and 429 was caused by the request and becomes a {@link GatewayRefusedException}
 * (401 and 403 as refused credentials). Every other answer (5xx, 408, 429, a body that
 * cannot be read) and every I/O failure (refused, timed out) becomes a
 * {@link GatewayUnavailableException}, keeping the provider's {@code Retry-After}.
 */
public final class HttpFailureTranslator implements FailureTranslator {

	private static final String TYPE_PREFIX = "urn:carve:problem:";

	private static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "detail", "instance",
			"errorId");

	private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public RuntimeException translate(String module, RuntimeException failure, DomainErrorDecoder errors) {
		if (failure instanceof RestClientResponseException answer) {
			int status = answer.getStatusCode().value();
			JsonNode problem = problem(answer);
			if (status == 503 && isDormant(problem)) {
				return new ModuleDormantException(module);
			}
			DomainException domain = domainError(status, problem, errors);
			if (domain != null) {
				return domain;
			}
			GatewayRefusedException.Reason refusal = refusal(status);
			if (refusal != null) {
				return new GatewayRefusedException(module, refusal,
						"Module '" + module + "' refused the request with HTTP " + status + reason(refusal, problem),
						failure);
			}
			return unavailable(module, "answered HTTP " + status, retryAfter(answer), failure);
		}
		if (failure instanceof ResourceAccessException) {
			return unavailable(module, "cannot be reached or did not answer in time", RETRY_AFTER, failure);
		}
		if (failure instanceof RestClientException) {
			return unavailable(module, "answered with a body that could not be read", RETRY_AFTER, failure);
		}
		return unavailable(module, "could not be called over HTTP: " + failure.getMessage(), RETRY_AFTER, failure);
	}

	private static GatewayRefusedException.@Nullable Reason refusal(int status) {
		if (status < 400 || status >= 500 || status == 408 || status == 429) {
			return null;
		}
		return (status == 401 || status == 403) ? GatewayRefusedException.Reason.CREDENTIALS_REFUSED
				: GatewayRefusedException.Reason.INVALID_REQUEST;
	}

	private static @Nullable DomainException domainError(int status, @Nullable JsonNode problem,
			DomainErrorDecoder errors) {
		if (status >= 500 || status == 429 || problem == null) {
			return null;
		}
		String type = problem.path("type").asString("");
		if (!type.startsWith(TYPE_PREFIX)) {
			return null;
		}
		Map<String, String> details = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> member : problem.properties()) {
			if (!STANDARD_MEMBERS.contains(member.getKey())) {
				details.put(member.getKey(), text(member.getValue()));
			}
		}
		return errors.decode(type.substring(TYPE_PREFIX.length()), details);
	}

	/**
	 * The problem's detail of a request the provider refused, never of refused
	 * credentials.
	 */
	private static String reason(GatewayRefusedException.Reason refusal, @Nullable JsonNode problem) {
		String detail = (refusal == GatewayRefusedException.Reason.INVALID_REQUEST && problem != null
				&& problem.path("detail").isString()) ? problem.path("detail").asString() : "";
		return detail.isBlank() ? "" : ": " + detail;
	}

	private static boolean isDormant(@Nullable JsonNode problem) {
		return problem != null && (TYPE_PREFIX + ModuleDormantException.CODE).equals(problem.path("type").asString(""));
	}

	private static @Nullable JsonNode problem(RestClientResponseException failure) {
		try {
			JsonNode node = JSON.readTree(failure.getResponseBodyAsString(StandardCharsets.UTF_8));
			return (node != null && node.isObject()) ? node : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String text(JsonNode value) {
		if (value.isArray()) {
			StringBuilder joined = new StringBuilder();
			for (JsonNode element : value) {
				joined.append(joined.isEmpty() ? "" : ",")
					.append(element.isValueNode() ? element.asString() : element.toString());
			}
			return joined.toString();
		}
		return value.isValueNode() ? value.asString() : value.toString();
	}

	private static Duration retryAfter(RestClientResponseException failure) {
		HttpHeaders headers = failure.getResponseHeaders();
		String value = (headers != null) ? headers.getFirst(HttpHeaders.RETRY_AFTER) : null;
		return (value != null) ? seconds(value.trim()) : RETRY_AFTER;
	}

	/** {@code Retry-After} in seconds or as an HTTP date, at least one second. */
	private static Duration seconds(String value) {
		try {
			return Duration.ofSeconds(Math.max(1, Long.parseLong(value)));
		}
		catch (NumberFormatException ex) {
			return date(value);
		}
	}

	private static Duration date(String value) {
		try {
			Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			long millis = Duration.between(Instant.now(), at).toMillis();
			return Duration.ofSeconds(Math.max(1, Math.round(millis / 1000.0)));
		}
		catch (DateTimeParseException ex) {
			return RETRY_AFTER;
		}
	}

	private static GatewayUnavailableException unavailable(String module, String what, Duration retryAfter,
			Throwable cause) {
		return new GatewayUnavailableException(module, "Module '" + module + "' " + what, retryAfter, cause);
	}

}
