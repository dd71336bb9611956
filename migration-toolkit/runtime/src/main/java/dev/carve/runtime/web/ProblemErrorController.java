package dev.carve.runtime.web;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the servlet container's error page ({@code /error}) — where a {@code sendError}
 * or an exception that escaped Spring MVC (from a filter, say) ends up — with a problem
 * of the error's status instead of Spring Boot's default error body. Server errors never
 * say more than that something went wrong; the cause is logged under the problem's
 * {@code errorId}.
 */
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		int status = (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) ? code
				: HttpStatus.INTERNAL_SERVER_ERROR.value();
		ProblemDetail problem = Problems.typed(ProblemDetail.forStatus(status));
		problem.setDetail((status >= 500) ? "Something went wrong on our side; quote the errorId when you report it."
				: problem.getTitle());
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
			problem.setInstance(URI.create(uri));
		}
		Throwable cause = (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown) ? thrown
				: null;
		Problems.logged(problem, cause);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
