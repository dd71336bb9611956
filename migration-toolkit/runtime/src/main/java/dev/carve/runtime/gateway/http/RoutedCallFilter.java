package dev.carve.runtime.gateway.http;

import java.io.IOException;

import dev.carve.runtime.gateway.RoutedCalls;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Handles a request to a module's gateway endpoints ({@code /internal/**}) that arrives
 * with {@link RoutedCalls}' mark (header {@value RoutedCalls#HEADER}) as a marked call,
 * so that the module answers it here or says it is dormant, and never forwards it.
 */
public final class RoutedCallFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getHeader(RoutedCalls.HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String module = request.getHeader(RoutedCalls.HEADER);
		try {
			RoutedCalls.<Void, Exception>receive(module, () -> {
				chain.doFilter(request, response);
				return null;
			});
		}
		catch (IOException | ServletException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			// The chain throws nothing else.
			throw new ServletException(ex);
		}
	}

}
