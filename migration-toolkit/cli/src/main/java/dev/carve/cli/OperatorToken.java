package dev.carve.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The bearer token of an operator, for the apps' {@code /actuator/modules}
 * ({@link ModulesApi}); from {@code --token}, the {@code --config} file's {@code token}
 * or {@code CARVE_TOKEN} ({@link ConnectionDefaults}). Never printed.
 */
final class OperatorToken {

	@Option(names = "--token", paramLabel = "TOKEN",
			description = "An operator's (ADMIN) bearer token for the apps' /actuator/modules (env CARVE_TOKEN,"
					+ " which keeps it out of the process list).")
	@Nullable String token;

}
