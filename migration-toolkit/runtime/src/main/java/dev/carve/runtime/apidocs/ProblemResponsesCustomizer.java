package dev.carve.runtime.apidocs;

import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes each public operation of a module say what it answers, from what the handler and
 * the runtime really do, so no controller repeats it:
 * <ul>
 * <li>a {@link Creates} handler answers {@code 201} with a {@code Location} header
 * instead of {@code 200};</li>
 * <li>success bodies are {@code application/json} (springdoc says {@code *}{@code /*}
 * when a handler does not declare what it produces);</li>
 * <li>{@code 400 validation-failed} when the operation takes parameters or a body,
 * {@code 413 payload-too-large} and {@code 415 unsupported-media-type} when it takes a
 * body, {@code 401 unauthorized} unless it is public (an empty security requirement), and
 * {@code 403 forbidden} when the handler or its class is {@link PreAuthorize}d;</li>
 * <li>every error response, including those a controller declares with
 * {@code @ApiResponse(responseCode = "404", description = "…")}, has an
 * {@code application/problem+json} body of the {@link ProblemDetailSchema} schema, and
 * {@code 429} and {@code 503} carry {@code Retry-After}.</li>
 * </ul>
 * A response the operation documents itself keeps its description. springdoc gives every
 * documented response the handler's return type as its body, and documents no success
 * response once a handler documents any response: an error response gets the problem body
 * instead, a {@code 204} none, and an operation without a success response fails the
 * description, so that a controller cannot forget it.
 */
final class ProblemResponsesCustomizer implements OperationCustomizer {

	private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		operation.setResponses(responses);
		if (handler.hasMethodAnnotation(Creates.class)) {
			created(responses);
		}
		if (responses.keySet().stream().noneMatch((status) -> status.startsWith("2"))) {
			throw new IllegalStateException(operation.getOperationId() + " (" + handler.getShortLogMessage()
					+ ") documents no success response: add an @ApiResponse for it");
		}
		responses.values().forEach(ProblemResponsesCustomizer::jsonInsteadOfAny);
		boolean takesBody = operation.getRequestBody() != null;
		if (takesBody || (operation.getParameters() != null && !operation.getParameters().isEmpty())) {
			addIfAbsent(responses, "400", "validation-failed: a parameter or field is missing, malformed or out of"
					+ " range; errors names each one");
		}
		if (operation.getSecurity() == null) {
			addIfAbsent(responses, "401", "unauthenticated: no bearer token, or one that is invalid or expired");
		}
		if (handler.hasMethodAnnotation(PreAuthorize.class)
				|| handler.getBeanType().isAnnotationPresent(PreAuthorize.class)) {
			addIfAbsent(responses, "403", "forbidden: administrators only");
		}
		if (takesBody) {
			addIfAbsent(responses, "413", "payload-too-large: the body is larger than the server accepts (maxBytes)");
			addIfAbsent(responses, "415", "unsupported-media-type: the body is not of a media type listed here");
		}
		responses.forEach(ProblemResponsesCustomizer::problemBody);
		return operation;
	}

	private static void created(ApiResponses responses) {
		ApiResponse ok = responses.remove("200");
		ApiResponse created = responses.computeIfAbsent("201", (status) -> (ok != null) ? ok : new ApiResponse());
		created.setDescription(
				((created.getDescription() != null) ? created.getDescription() : "Created") + "; Location is its URL");
		created.addHeaderObject(HttpHeaders.LOCATION,
				new Header().required(true)
					.description("The URL of the new resource")
					.schema(new Schema<String>().types(Set.of("string")).format("uri")));
		responses.addApiResponse("201", created);
	}

	private static void jsonInsteadOfAny(ApiResponse response) {
		Content content = response.getContent();
		if (content != null && content.containsKey("*/*")) {
			MediaType any = content.remove("*/*");
			content.putIfAbsent(JSON, any);
		}
	}

	private static void addIfAbsent(ApiResponses responses, String status, String description) {
		responses.computeIfAbsent(status, (code) -> new ApiResponse().description(description));
	}

	private static void problemBody(String status, ApiResponse response) {
		if (status.equals("204")) {
			response.setContent(null);
		}
		if (!status.startsWith("4") && !status.startsWith("5")) {
			return;
		}
		response.setContent(new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref(ProblemDetailSchema.REF))));
		if ((status.equals("429") || status.equals("503"))
				&& (response.getHeaders() == null || !response.getHeaders().containsKey(HttpHeaders.RETRY_AFTER))) {
			response.addHeaderObject(HttpHeaders.RETRY_AFTER,
					new Header().required(true)
						.description("Seconds to wait before trying again")
						.schema(new Schema<Integer>().types(Set.of("integer")).format("int32")));
		}
	}

}
