package dev.carve.runtime.security;

import java.io.IOException;

import dev.carve.runtime.web.ProblemResponseWriter;
import dev.carve.runtime.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** Answers a missing, expired, forged or malformed token with a 401 problem. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final ProblemResponseWriter writer;

	ProblemAuthenticationEntryPoint(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (authException instanceof AuthenticationServiceException) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "5");
			this.writer.write(
					request, response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "identity-unavailable",
							"Identity unavailable", "The bearer token cannot be checked right now; try again shortly."),
					authException);
			return;
		}
		boolean invalidToken = authException instanceof InvalidBearerTokenException;
		boolean internal = request.getRequestURI().startsWith(request.getContextPath() + "/internal/");
		String detail = invalidToken ? "The bearer token is not valid: " + authException.getMessage()
				: internal
						? "Module-to-module endpoints need a service credential: send " + ServiceTokens.HEADER
								+ ": Bearer <service token>"
						: "This request needs a bearer token: send Authorization: Bearer <accessToken>";
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer");
		this.writer.write(request, response,
				Problems.of(HttpStatus.UNAUTHORIZED, invalidToken ? "invalid-token" : "unauthenticated",
						invalidToken ? "Invalid token" : "Unauthenticated", detail),
				null);
	}

}
