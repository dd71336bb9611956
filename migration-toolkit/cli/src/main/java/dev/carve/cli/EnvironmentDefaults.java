package dev.carve.cli;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Takes an option's default from the environment: {@code --source} from
 * {@code CARVE_SOURCE_URL}, {@code --source-user} from {@code CARVE_SOURCE_USER},
 * {@code --source-password} from {@code CARVE_SOURCE_PASSWORD}, likewise for the target,
 * and {@code --kafka} from {@code CARVE_KAFKA}.
 */
final class EnvironmentDefaults implements CommandLine.IDefaultValueProvider {

	private final Map<String, String> environment;

	EnvironmentDefaults(Map<String, String> environment) {
		this.environment = environment;
	}

	@Override
	public @Nullable String defaultValue(ArgSpec argument) {
		if (!(argument instanceof OptionSpec option)) {
			return null;
		}
		String variable = variable(option.longestName());
		return (variable != null) ? this.environment.get(variable) : null;
	}

	/** The environment variable an option defaults to, if any. */
	static @Nullable String variable(String option) {
		return switch (option) {
			case "--source" -> "CARVE_SOURCE_URL";
			case "--target" -> "CARVE_TARGET_URL";
			case "--kafka" -> "CARVE_KAFKA";
			case "--source-user", "--source-password", "--target-user", "--target-password" ->
				"CARVE_" + option.substring(2).toUpperCase().replace('-', '_');
			default -> null;
		};
	}

}
