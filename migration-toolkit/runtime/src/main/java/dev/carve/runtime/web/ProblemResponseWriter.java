package dev.carve.runtime.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes a problem response outside Spring MVC: from servlet filters and from the
 * security filter chain, where the {@code @RestControllerAdvice} does not reach.
 */
public class ProblemResponseWriter {

	private final JsonMapper jsonMapper;

	public ProblemResponseWriter(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Logs the problem under a new error id and writes it as the response.
	 * @param request the request
	 * @param response the response, not yet committed
	 * @param problem the problem
	 * @param cause what caused it, if anything
	 * @throws IOException when the response cannot be written
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem,
			@Nullable Throwable cause) throws IOException {
		problem.setInstance(URI.create(request.getRequestURI()));
		Problems.logged(problem, cause);
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(this.jsonMapper.writeValueAsBytes(problem));
		response.flushBuffer();
	}

}
