package dev.carve.runtime.web;

import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's error report for what the container refuses before any servlet runs (a
 * malformed URI, an encoded slash or NUL, an unknown host, a request header too large),
 * written as an RFC 9457 problem instead of Tomcat's HTML page. The problem names the
 * status only; it carries neither Tomcat's message nor a stack trace.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

	private final JsonMapper jsonMapper;

	ProblemErrorReportValve(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	protected void report(Request request, Response response, @Nullable Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		ProblemDetail problem = Problems.logged(problemFor(status), throwable);
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(this.jsonMapper.writeValueAsString(problem));
				response.finishResponse();
			}
		}
		catch (Exception ex) {
			// The client is gone or the response is closed; nothing more can be said.
		}
	}

	static ProblemDetail problemFor(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return switch (status) {
			case 400 -> Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
					"The request could not be read: its URI or headers are not valid HTTP, or contain characters "
							+ "that are not allowed (such as an encoded slash or NUL)");
			case 404 -> Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", "Nothing is served at this URI");
			case 413 -> Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
					"The request is larger than this server accepts");
			case 431 -> Problems.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "headers-too-large",
					"Request headers too large", "The request's headers are larger than this server accepts");
			default -> (status >= 500)
					? Problems.of(HttpStatusCode.valueOf(status), "internal-error", "Internal error",
							"Something went wrong on our side; quote the errorId when you report it.")
					: Problems.of(HttpStatusCode.valueOf(status), "request-refused",
							(known != null) ? known.getReasonPhrase() : "Request refused",
							"The server refused the request before reading it");
		};
	}

}
