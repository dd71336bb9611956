package dev.carve.runtime.web;

import java.net.URI;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds problem responses and logs each one under a new error id, which the response
 * carries as its {@code errorId} member. Server errors are logged with their stack trace;
 * client errors in one line.
 */
public final class Problems {

	/** The prefix of every problem type Carve defines. */
	public static final String TYPE_PREFIX = "urn:carve:problem:";

	private static final Log logger = LogFactory.getLog(Problems.class);

	private Problems() {
	}

	/**
	 * A problem of the given status and type.
	 * @param status the HTTP status
	 * @param code the kebab-case problem code; the type becomes
	 * {@code urn:carve:problem:<code>}
	 * @param title a short summary that does not change from occurrence to occurrence
	 * @param detail what happened this time
	 * @return the problem
	 */
	public static ProblemDetail of(HttpStatusCode status, String code, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + code));
		problem.setTitle(title);
		return problem;
	}

	/**
	 * Gives a problem that has no type of Carve's (such as one Spring MVC made for a
	 * framework-level error) the type of its status:
	 * {@code urn:carve:problem:<status in kebab case>}, for example {@code not-found},
	 * {@code method-not-allowed} or {@code unsupported-media-type};
	 * {@code internal-error} for 500; and the status's reason as its title when it has
	 * none. A problem that has a type keeps it.
	 * @param problem the problem
	 * @return the same problem
	 */
	public static ProblemDetail typed(ProblemDetail problem) {
		URI type = problem.getType();
		if (type == null || "about:blank".equals(type.toString())) {
			problem.setType(URI.create(TYPE_PREFIX + codeOf(problem.getStatus())));
		}
		HttpStatus status = HttpStatus.resolve(problem.getStatus());
		if (problem.getTitle() == null && status != null) {
			problem.setTitle(status.getReasonPhrase());
		}
		return problem;
	}

	static String codeOf(int status) {
		if (status == HttpStatus.INTERNAL_SERVER_ERROR.value()) {
			return "internal-error";
		}
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.name().toLowerCase(Locale.ROOT).replace('_', '-') : "http-" + status;
	}

	/**
	 * Gives the problem its error id and writes the log line for it.
	 * @param problem the problem to answer with
	 * @param cause what caused it, logged with its stack trace for server errors
	 * @return the same problem, with {@code errorId} set
	 */
	public static ProblemDetail logged(ProblemDetail problem, @Nullable Throwable cause) {
		String errorId = ErrorIds.next();
		problem.setProperty("errorId", errorId);
		String line = "Problem errorId=" + errorId + " status=" + problem.getStatus() + " type=" + problem.getType()
				+ " instance=" + problem.getInstance() + " detail=" + problem.getDetail();
		if (problem.getStatus() >= 500) {
			logger.error(line, cause);
		}
		else {
			logger.warn(line);
		}
		return problem;
	}

}
