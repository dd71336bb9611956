package dev.carve.runtime.apidocs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Puts the schema of every problem response into an API description as
 * {@code #/components/schemas/ProblemDetail}: the RFC 9457 members Carve always sends
 * ({@code type}, {@code title}, {@code status} and {@code errorId}, the id of the log
 * line written for it), {@code instance}, {@code detail}, {@code errors} (the fields of a
 * {@code validation-failed} problem, each a {@code FieldProblem}), and further extension
 * members of the problem type (such as {@code sku} or {@code retryAfterSeconds}). It
 * replaces the schema springdoc derives from Spring's {@code ProblemDetail} class, which
 * describes a {@code properties} member no response has.
 */
final class ProblemDetailSchema implements OpenApiCustomizer {

	/** The name of the problem schema among the components. */
	static final String NAME = "ProblemDetail";

	/** A reference to the problem schema. */
	static final String REF = "#/components/schemas/" + NAME;

	private static final String FIELD_PROBLEM = "FieldProblem";

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getComponents() == null) {
			openApi.setComponents(new Components());
		}
		openApi.getComponents().addSchemas(NAME, problem()).addSchemas(FIELD_PROBLEM, fieldProblem());
	}

	private static Schema<?> problem() {
		Schema<Object> schema = object("An RFC 9457 problem; members beyond these are extensions of its type");
		schema.setProperties(
				new LinkedHashMap<>(Map.of("type", text("The problem type, urn:carve:problem:<code>").format("uri"),
						"title", text("A short summary of the problem type"), "status", integer("The HTTP status"),
						"detail", text("What happened this time"), "instance",
						text("The path of the request").format("uri-reference"), "errorId",
						text("The id of the log line written for this problem; quote it when reporting it"), "errors",
						new Schema<>().types(Set.of("array"))
							.description("Each field that is wrong, for validation-failed")
							.items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM)))));
		schema.setRequired(List.of("type", "title", "status", "errorId"));
		schema.setAdditionalProperties(Boolean.TRUE);
		return schema;
	}

	private static Schema<?> fieldProblem() {
		Schema<Object> schema = object("One field of a request that is wrong");
		schema.setProperties(
				new LinkedHashMap<>(Map.of("field", text("The field's path in the request, such as lines[0].quantity"),
						"message", text("What is wrong with it"))));
		schema.setRequired(List.of("field", "message"));
		return schema;
	}

	private static Schema<Object> object(String description) {
		return new Schema<>().types(Set.of("object")).description(description);
	}

	private static Schema<Object> text(String description) {
		return new Schema<>().types(Set.of("string")).description(description);
	}

	private static Schema<Object> integer(String description) {
		return new Schema<>().types(Set.of("integer")).format("int32").description(description);
	}

}
