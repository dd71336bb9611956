package dev.carve.runtime.metrics;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import io.micrometer.core.instrument.MeterRegistry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusOutputFormat;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Prometheus endpoint, Carve's text-only one in place of Spring Boot's, unless the
 * application has its own; and a protobuf scrape is answered in text.
 */
class PrometheusEndpointAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
				PrometheusMetricsExportAutoConfiguration.class, PrometheusEndpointAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=prometheus");

	@Test
	void carvesEndpointStandsInForSpringBoots() {
		this.runner.run((context) -> assertThat(context).getBeans(PrometheusScrapeEndpoint.class)
			.hasSize(1)
			.allSatisfy((name, endpoint) -> assertThat(endpoint).isInstanceOf(TextOnlyPrometheusScrapeEndpoint.class)));
	}

	@Test
	void anApplicationsOwnEndpointWins() {
		this.runner
			.withBean("ownPrometheusEndpoint", PrometheusScrapeEndpoint.class,
					() -> new PrometheusScrapeEndpoint(new PrometheusRegistry(), new Properties()))
			.run((context) -> assertThat(context).getBeans(PrometheusScrapeEndpoint.class)
				.containsOnlyKeys("ownPrometheusEndpoint"));
	}

	@Test
	void notExposedMeansNoEndpoint() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=health")
			.run((context) -> assertThat(context).doesNotHaveBean(PrometheusScrapeEndpoint.class));
	}

	@Test
	void aProtobufScrapeIsAnsweredInTheTextFormat() {
		this.runner.run((context) -> {
			context.getBean(MeterRegistry.class).counter("carve.test.scrapes").increment();
			WebEndpointResponse<byte[]> response = context.getBean(PrometheusScrapeEndpoint.class)
				.scrape(PrometheusOutputFormat.CONTENT_TYPE_PROTOBUF, null);
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentType())
				.isEqualTo(PrometheusOutputFormat.CONTENT_TYPE_004.getProducedMimeType());
			assertThat(new String(response.getBody(), StandardCharsets.UTF_8)).contains("carve_test_scrapes_total 1.0");
		});
	}

}
