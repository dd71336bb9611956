package dev.carve.runtime.web;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * One field of a request that is wrong, as listed in a validation problem's
 * {@code errors}.
 *
 * @param field the field's path in the request, such as {@code lines[0].quantity}
 * @param message what is wrong with it
 */
public record FieldProblem(String field, String message) {

	/** A 400 problem of type {@code validation-failed} that names every field. */
	public static ProblemDetail validation(List<FieldProblem> errors) {
		String detail = errors.isEmpty() ? "The request is invalid"
				: errors.stream()
					.map((error) -> error.field() + " " + error.message())
					.collect(Collectors.joining("; ", "Invalid request: ", ""));
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation-failed", "Validation failed", detail);
		problem.setProperty("errors", errors);
		return problem;
	}

}
