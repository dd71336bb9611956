package dev.carve.runtime.web;

import java.util.List;
import java.util.stream.Collectors;

import dev.carve.api.InvalidValueException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Explains why a request body could not be read, naming the field where there is one. */
final class UnreadableBodies {

	private UnreadableBodies() {
	}

	static ProblemDetail problemFor(HttpMessageNotReadableException ex) {
		JacksonException jackson = findCause(ex, JacksonException.class);
		if (jackson == null) {
			return Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable body",
					"The request body is missing or is not valid JSON");
		}
		String field = pathOf(jackson);
		InvalidValueException invalid = findCause(ex, InvalidValueException.class);
		if (invalid != null) {
			String path = field.isEmpty() ? invalid.field() : field + "." + invalid.field();
			return FieldProblem.validation(List.of(new FieldProblem(path, invalid.getMessage())));
		}
		if (jackson instanceof InputCoercionException) {
			return FieldProblem
				.validation(List.of(new FieldProblem(field.isEmpty() ? "body" : field, "is a number out of range")));
		}
		if (jackson instanceof StreamReadException) {
			return Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
					"The request body is not valid JSON (line " + jackson.getLocation().getLineNr() + ", column "
							+ jackson.getLocation().getColumnNr() + ")");
		}
		return FieldProblem.validation(List.of(new FieldProblem(field.isEmpty() ? "body" : field, reason(jackson))));
	}

	private static String reason(JacksonException ex) {
		if (ex instanceof UnrecognizedPropertyException) {
			return "is not a known field";
		}
		if (ex instanceof InvalidFormatException invalid) {
			return "must be a valid " + invalid.getTargetType().getSimpleName();
		}
		if (ex instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
			return "is invalid: " + instantiation.getCause().getMessage();
		}
		if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
			return "must be a " + describe(mismatched.getTargetType());
		}
		return "is invalid";
	}

	private static String describe(Class<?> type) {
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "number";
		}
		if (type == String.class) {
			return "string";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "boolean";
		}
		if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
			return "list";
		}
		return "JSON object";
	}

	private static String pathOf(JacksonException ex) {
		return ex.getPath().stream().map((reference) -> {
			if (reference.getPropertyName() != null) {
				return "." + reference.getPropertyName();
			}
			return "[" + reference.getIndex() + "]";
		}).collect(Collectors.joining()).replaceFirst("^\\.", "");
	}

	static <T extends Throwable> @Nullable T findCause(Throwable ex, Class<T> type) {
		Throwable current = ex;
		while (current != null) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			current = current.getCause();
		}
		return null;
	}

}
