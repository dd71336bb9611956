package dev.carve.cli;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The databases and the broker a command works with: each setting from its option, else
 * from the {@code --config} file, else from the environment ({@link ConnectionDefaults}).
 * Passwords are never printed.
 */
final class Connections {

	/**
	 * Read by {@link Carve#run} before the command line is parsed, since the file holds
	 * the other options' defaults; declared here so that it is accepted and explained.
	 */
	@Option(names = "--config", paramLabel = "FILE",
			description = "A properties or YAML file with source.url, source.user, source.password, target.url,"
					+ " target.user, target.password, kafka, source.app, target.app and token. An option given on the command line wins over the"
					+ " file, and the file wins over the environment.")
	@Nullable Path config;

	@Option(names = "--source", paramLabel = "JDBC-URL",
			description = "The database the module's schema is in now (env CARVE_SOURCE_URL).")
	@Nullable String source;

	@Option(names = "--source-user", paramLabel = "USER", description = "Env CARVE_SOURCE_USER.")
	@Nullable String sourceUser;

	@Option(names = "--source-password", paramLabel = "PASSWORD",
			description = "Env CARVE_SOURCE_PASSWORD, which keeps it out of the process list.")
	@Nullable String sourcePassword;

	@Option(names = "--target", paramLabel = "JDBC-URL",
			description = "The database the module's schema moves to (env CARVE_TARGET_URL).")
	@Nullable String target;

	@Option(names = "--target-user", paramLabel = "USER", description = "Env CARVE_TARGET_USER.")
	@Nullable String targetUser;

	@Option(names = "--target-password", paramLabel = "PASSWORD",
			description = "Env CARVE_TARGET_PASSWORD, which keeps it out of the process list.")
	@Nullable String targetPassword;

	@Option(names = "--kafka", paramLabel = "HOST:PORT",
			description = "The Kafka broker the changes travel through (env CARVE_KAFKA). Used by move, plan "
					+ "and events replay; the other commands accept it, so one set of settings serves them all.")
	@Nullable String kafka;

	/** The source database; refuses when none is given. */
	Database source() {
		return new Database("source", required(this.source, "--source", "CARVE_SOURCE_URL"), this.sourceUser,
				this.sourcePassword);
	}

	/** The target database; refuses when none is given. */
	Database target() {
		return new Database("target", required(this.target, "--target", "CARVE_TARGET_URL"), this.targetUser,
				this.targetPassword);
	}

	/** The broker's bootstrap address; refuses when none is given. */
	Broker kafka() {
		return new Broker(required(this.kafka, "--kafka", "CARVE_KAFKA"));
	}

	/** Whether a broker was given. */
	boolean hasKafka() {
		return this.kafka != null && !this.kafka.isBlank();
	}

	/**
	 * A setting that must be given.
	 * @throws CarveException {@link Carve#USAGE} when it is missing
	 */
	static String required(@Nullable String value, String option, String variable) {
		if (value == null || value.isBlank()) {
			throw CarveException.usage("Missing " + option + " (or the environment variable " + variable + ")");
		}
		return value;
	}

}
