package dev.carve.runtime.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains an {@link EmbeddedPostgresRefusedException} without a stack trace. */
class EmbeddedPostgresRefusedFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresRefusedException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set spring.datasource.url (SPRING_DATASOURCE_URL), spring.datasource.username and"
						+ " spring.datasource.password to the application's PostgreSQL database.",
				cause);
	}

}
