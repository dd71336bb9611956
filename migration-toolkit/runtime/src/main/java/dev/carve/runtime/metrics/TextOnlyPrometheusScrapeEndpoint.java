package dev.carve.runtime.metrics;

import java.util.Properties;
import java.util.Set;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusOutputFormat;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;

/**
 * {@code /actuator/prometheus} in the text formats only: a scraper that prefers
 * Prometheus' protobuf format (Prometheus with native histograms on) is answered in the
 * text format 0.0.4, which every Prometheus reads, with that content type. A deployable's
 * jar leaves the protobuf format's library out (ADR 30); without this, such a scrape
 * would get a {@code 500}.
 */
public class TextOnlyPrometheusScrapeEndpoint extends PrometheusScrapeEndpoint {

	/**
	 * @param registry the metrics
	 * @param properties the exposition formats' settings
	 */
	public TextOnlyPrometheusScrapeEndpoint(PrometheusRegistry registry, Properties properties) {
		super(registry, properties);
	}

	/**
	 * The metrics, in the format asked for, or in the text format 0.0.4 where protobuf is
	 * asked for. Annotated again: Spring Boot reads an operation from the method itself.
	 */
	@Override
	@ReadOperation(producesFrom = PrometheusOutputFormat.class)
	public WebEndpointResponse<byte[]> scrape(PrometheusOutputFormat format, @Nullable Set<String> includedNames) {
		return super.scrape((format != PrometheusOutputFormat.CONTENT_TYPE_PROTOBUF) ? format
				: PrometheusOutputFormat.CONTENT_TYPE_004, includedNames);
	}

}
