package dev.carve.runtime.route;

import java.io.IOException;
import java.util.Set;

import dev.carve.runtime.module.ModuleRoute;
import dev.carve.runtime.web.ProblemResponseWriter;
import dev.carve.runtime.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides, for each request to a module's public API ({@code /api/v1/<module>/**}) of a
 * module that runs in this process, where it is answered, after authentication:
 * <ul>
 * <li>{@code serving}: here;</li>
 * <li>{@code fenced}: reads here; a write waits until the route changes (up to the
 * module's maximum wait, else {@code 503 module-unavailable} with {@code Retry-After})
 * and then goes where the route says;</li>
 * <li>{@code dormant}: forwarded to the other side ({@link #FORWARD_TO} names the module
 * for the forwarding route), or {@code 503} when the module has no public API elsewhere
 * to forward to.</li>
 * </ul>
 * A forwarded request carries {@link #FORWARDED}. One that arrives with it at a process
 * that holds the module dormant is answered {@code 503} rather than forwarded again: two
 * processes that both hold a module dormant would otherwise pass it back and forth. A
 * forwarded request that arrives while the module is fenced here and finds it dormant
 * after its wait is forwarded once more: in a cutover, the process it came from serves
 * the module by then.
 */
final class ModuleApiRouteFilter extends OncePerRequestFilter {

	/** The request attribute that asks for the request to be forwarded: the module. */
	static final String FORWARD_TO = ModuleApiRouteFilter.class.getName() + ".forwardTo";

	/** The header of a request forwarded by a process where its module is dormant. */
	static final String FORWARDED = "Carve-Forwarded-From-Dormant";

	private static final String PREFIX = "/api/v1/";

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private final ModuleRoutes routes;

	private final ModuleFence fence;

	private final Set<String> forwarded;

	private final ProblemResponseWriter problems;

	/**
	 * @param routes the routes of this process's modules
	 * @param fence where writes wait
	 * @param forwarded the modules whose public API can be forwarded to another process
	 * @param problems writes problem responses
	 */
	ModuleApiRouteFilter(ModuleRoutes routes, ModuleFence fence, Set<String> forwarded,
			ProblemResponseWriter problems) {
		this.routes = routes;
		this.fence = fence;
		this.forwarded = Set.copyOf(forwarded);
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String module = moduleOf(request.getRequestURI().substring(request.getContextPath().length()));
		return module == null || !this.routes.routes(module);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String module = moduleOf(request.getRequestURI().substring(request.getContextPath().length()));
		if (module == null) {
			chain.doFilter(request, response);
			return;
		}
		ModuleRoute route = this.routes.routeOf(module);
		if (route == ModuleRoute.DORMANT && request.getHeader(FORWARDED) != null) {
			unavailable(request, response, module, "The " + module + " module is dormant in this process and in the"
					+ " process that forwarded the request here: no process on this path serves it.");
			return;
		}
		if (route == ModuleRoute.FENCED && !READS.contains(request.getMethod())) {
			route = this.fence.awaitUnfenced(module);
			if (route == ModuleRoute.FENCED) {
				unavailable(request, response, module, "The " + module
						+ " module is switching to another process and did not take writes in time; try again shortly.");
				return;
			}
		}
		if (route == ModuleRoute.DORMANT) {
			if (!this.forwarded.contains(module)) {
				unavailable(request, response, module,
						"The " + module + " module is dormant in this process and served elsewhere.");
				return;
			}
			request.setAttribute(FORWARD_TO, module);
		}
		chain.doFilter(request, response);
	}

	private void unavailable(HttpServletRequest request, HttpServletResponse response, String module, String detail)
			throws IOException {
		ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "module-unavailable", "Module unavailable",
				detail);
		problem.setProperty("module", module);
		response.setHeader(HttpHeaders.RETRY_AFTER, "1");
		this.problems.write(request, response, problem, null);
	}

	private static @Nullable String moduleOf(String path) {
		if (!path.startsWith(PREFIX)) {
			return null;
		}
		String rest = path.substring(PREFIX.length());
		int slash = rest.indexOf('/');
		String module = (slash < 0) ? rest : rest.substring(0, slash);
		return module.isEmpty() ? null : module;
	}

}
