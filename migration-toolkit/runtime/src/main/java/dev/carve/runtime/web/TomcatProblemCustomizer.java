package dev.carve.runtime.web;

import org.apache.catalina.Container;
import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Makes Tomcat answer like the application: its error report for requests refused before
 * any servlet runs becomes a {@link ProblemErrorReportValve}, and a body left unread
 * after an early answer (a {@code 413}, say) is read and discarded up to
 * {@code carve.web.max-discarded-body-size} so that the client gets the answer rather
 * than a reset connection.
 */
final class TomcatProblemCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final JsonMapper jsonMapper;

	private final WebProperties properties;

	TomcatProblemCustomizer(JsonMapper jsonMapper, WebProperties properties) {
		this.jsonMapper = jsonMapper;
		this.properties = properties;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers((connector) -> {
			if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
				http.setMaxSwallowSize(
						Math.toIntExact(Math.min(Integer.MAX_VALUE, this.properties.maxDiscardedBodySize().toBytes())));
			}
		});
		factory.addContextCustomizers((context) -> context.addLifecycleListener((event) -> {
			if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
				replaceErrorReport(context.getParent());
			}
		}));
	}

	private void replaceErrorReport(Container parent) {
		if (!(parent instanceof Host host)) {
			return;
		}
		for (Valve valve : host.getPipeline().getValves()) {
			if (valve instanceof ProblemErrorReportValve) {
				return;
			}
			if (valve instanceof ErrorReportValve) {
				host.getPipeline().removeValve(valve);
			}
		}
		if (host instanceof StandardHost standard) {
			standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
		}
		host.getPipeline().addValve(new ProblemErrorReportValve(this.jsonMapper));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
