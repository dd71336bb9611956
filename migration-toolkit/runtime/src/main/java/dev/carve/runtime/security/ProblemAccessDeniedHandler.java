package dev.carve.runtime.security;

import java.io.IOException;

import dev.carve.runtime.web.ProblemResponseWriter;
import dev.carve.runtime.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a valid token that lacks a needed role, or an end user's token on a
 * module-to-module endpoint, with a 403 problem.
 */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private final ProblemResponseWriter writer;

	ProblemAccessDeniedHandler(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		String detail = request.getRequestURI().startsWith(request.getContextPath() + "/internal/")
				? "Module-to-module endpoints answer only modules of this system: send a service credential for this "
						+ "module in " + ServiceTokens.HEADER + ", not an end user's token alone"
				: "You are not allowed to do this";
		this.writer.write(request, response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail), null);
	}

}
