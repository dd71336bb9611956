package dev.carve.runtime.web;

import java.net.URI;
import java.util.List;

import dev.carve.api.DomainException;
import dev.carve.api.InvalidValueException;
import dev.carve.runtime.gateway.GatewayRefusedException;
import dev.carve.runtime.gateway.GatewayUnavailableException;
import dev.carve.runtime.gateway.ModuleDormantException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place that turns exceptions raised while handling a request into RFC 9457
 * problem responses. Every response carries an {@code errorId} that the log line written
 * for it carries too; none carries a stack trace. Validation problems name each field in
 * {@code errors}. A module that refused a request answers {@code 400 invalid-request}
 * when the request was at fault and {@code 502 module-refused} when the modules'
 * credentials were; what the module said stays in the log. Errors of the framework itself
 * (no such path, method not allowed, unsupported or unacceptable media type, …) get the
 * type of their status ({@link Problems#typed}).
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

	@ExceptionHandler(DomainException.class)
	ResponseEntity<Object> domain(DomainException ex, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatusCode.valueOf(ex.kind().status()), ex.code(), titleOf(ex.code()),
				ex.getMessage());
		ex.properties().forEach(problem::setProperty);
		HttpHeaders headers = new HttpHeaders();
		if (ex.properties().get("retryAfterSeconds") instanceof Number seconds) {
			headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds.longValue()));
		}
		return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(ex.kind().status()), request);
	}

	@ExceptionHandler(GatewayUnavailableException.class)
	ResponseEntity<Object> gatewayUnavailable(GatewayUnavailableException ex, WebRequest request) {
		ProblemDetail problem = (ex instanceof ModuleDormantException)
				? Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ModuleDormantException.CODE, "Module dormant",
						"The " + ex.module() + " module is served by another process now; try again shortly.")
				: Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "module-unavailable", "Module unavailable",
						"The " + ex.module() + " module is not reachable right now; try again shortly.");
		problem.setProperty("module", ex.module());
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ex.retryAfter().toSeconds())));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
	}

	@ExceptionHandler(GatewayRefusedException.class)
	ResponseEntity<Object> gatewayRefused(GatewayRefusedException ex, WebRequest request) {
		ProblemDetail problem = switch (ex.reason()) {
			case INVALID_REQUEST -> Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					"The " + ex.module() + " module refused this request as invalid.");
			case CREDENTIALS_REFUSED ->
				Problems.of(HttpStatus.BAD_GATEWAY, "module-refused", "Module refused", "The " + ex.module()
						+ " module refused this service's credentials; " + "quote the errorId when you report it.");
		};
		problem.setProperty("module", ex.module());
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()),
				request);
	}

	@ExceptionHandler(ConcurrencyFailureException.class)
	ResponseEntity<Object> concurrentUpdate(ConcurrencyFailureException ex, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "concurrent-update", "Concurrent update",
				"Something else changed this at the same moment; nothing was done. Try again.");
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "1");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.CONFLICT, request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> accessDenied(AccessDeniedException ex, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				"You are not allowed to do this");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ResponseEntity<Object> payloadTooLarge(PayloadTooLargeException ex, WebRequest request) {
		return handleExceptionInternal(ex, ex.problem(), new HttpHeaders(), HttpStatus.CONTENT_TOO_LARGE, request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
		List<FieldProblem> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
			.toList();
		return handleExceptionInternal(ex, FieldProblem.validation(errors), new HttpHeaders(), HttpStatus.BAD_REQUEST,
				request);
	}

	@ExceptionHandler(InvalidValueException.class)
	ResponseEntity<Object> invalidValue(InvalidValueException ex, WebRequest request) {
		ProblemDetail problem = FieldProblem.validation(List.of(new FieldProblem(ex.field(), ex.getMessage())));
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"Something went wrong on our side; quote the errorId when you report it.");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldProblem(error.getField(), error.getDefaultMessage()))
			.toList();
		return handleExceptionInternal(ex, FieldProblem.validation(errors), headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> (result instanceof ParameterErrors body)
					? body.getFieldErrors()
						.stream()
						.map((error) -> new FieldProblem(error.getField(), error.getDefaultMessage()))
					: result.getResolvableErrors()
						.stream()
						.map((error) -> new FieldProblem(result.getMethodParameter().getParameterName(),
								error.getDefaultMessage())))
			.toList();
		return handleExceptionInternal(ex, FieldProblem.validation(errors), headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		PayloadTooLargeException tooLarge = UnreadableBodies.findCause(ex, PayloadTooLargeException.class);
		if (tooLarge != null) {
			return payloadTooLarge(tooLarge, request);
		}
		return handleExceptionInternal(ex, UnreadableBodies.problemFor(ex), headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
				"There is nothing at this path.");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		ProblemDetail problem = FieldProblem.validation(List.of(new FieldProblem(name, "must be a valid "
				+ ((ex.getRequiredType() != null) ? ex.getRequiredType().getSimpleName() : "value"))));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ProblemDetail problem = (body instanceof ProblemDetail detail) ? detail
				: ProblemDetail.forStatusAndDetail(statusCode, ex.getMessage());
		if (request instanceof ServletWebRequest servlet) {
			HttpServletRequest http = servlet.getRequest();
			problem.setInstance(URI.create(http.getRequestURI()));
		}
		Problems.logged(Problems.typed(problem), ex);
		return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
	}

	private static String titleOf(String code) {
		String words = code.replace('-', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
