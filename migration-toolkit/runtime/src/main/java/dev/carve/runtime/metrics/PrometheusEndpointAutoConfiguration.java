package dev.carve.runtime.metrics;

import io.micrometer.core.instrument.Clock;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.ConditionalOnEnabledMetricsExport;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.context.annotation.Bean;

/**
 * The Prometheus endpoint in the text formats ({@link TextOnlyPrometheusScrapeEndpoint}),
 * under the conditions Spring Boot's has, which then backs off; the registry and its
 * settings stay Spring Boot's. An application's own {@link PrometheusScrapeEndpoint} bean
 * wins over both.
 */
@AutoConfiguration(after = MetricsAutoConfiguration.class, before = PrometheusMetricsExportAutoConfiguration.class)
@ConditionalOnClass({ PrometheusScrapeEndpoint.class, PrometheusConfig.class })
@ConditionalOnBean(Clock.class)
@ConditionalOnEnabledMetricsExport("prometheus")
public final class PrometheusEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(PrometheusScrapeEndpoint.class)
	@ConditionalOnAvailableEndpoint(PrometheusScrapeEndpoint.class)
	TextOnlyPrometheusScrapeEndpoint carvePrometheusEndpoint(PrometheusRegistry registry, PrometheusConfig config) {
		return new TextOnlyPrometheusScrapeEndpoint(registry, config.prometheusProperties());
	}

}
