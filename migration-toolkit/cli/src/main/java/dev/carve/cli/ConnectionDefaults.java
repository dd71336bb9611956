package dev.carve.cli;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Takes a connection option's default from the configuration file ({@code --config}),
 * then from the environment: {@code --source} from the file's {@code source.url} or
 * {@code CARVE_SOURCE_URL}, {@code --source-user} from {@code source.user} or
 * {@code CARVE_SOURCE_USER}, {@code --source-password} from {@code source.password} or
 * {@code CARVE_SOURCE_PASSWORD}, likewise for the target, and {@code --kafka} from
 * {@code kafka} or {@code CARVE_KAFKA}; {@code --source-app} and {@code --target-app}
 * from {@code source.app} and {@code target.app} or {@code CARVE_SOURCE_APP} and
 * {@code CARVE_TARGET_APP}, {@code --token} from {@code token} or {@code CARVE_TOKEN}. An
 * option on the command line wins over both.
 */
final class ConnectionDefaults implements CommandLine.IDefaultValueProvider {

	private final Map<String, String> configuration;

	private final Map<String, String> environment;

	/**
	 * @param configuration the configuration file's settings, by key ({@link ConfigFile})
	 * @param environment the environment
	 */
	ConnectionDefaults(Map<String, String> configuration, Map<String, String> environment) {
		this.configuration = configuration;
		this.environment = environment;
	}

	@Override
	public @Nullable String defaultValue(ArgSpec argument) {
		if (!(argument instanceof OptionSpec option)) {
			return null;
		}
		String variable = variable(option.longestName());
		if (variable == null) {
			return null;
		}
		String configured = this.configuration.get(key(variable));
		return (configured != null) ? configured : this.environment.get(variable);
	}

	/** The environment variable an option defaults to, if any. */
	static @Nullable String variable(String option) {
		return switch (option) {
			case "--source" -> "CARVE_SOURCE_URL";
			case "--target" -> "CARVE_TARGET_URL";
			case "--kafka" -> "CARVE_KAFKA";
			case "--token" -> "CARVE_TOKEN";
			case "--source-user", "--source-password", "--target-user", "--target-password", "--source-app",
					"--target-app" ->
				"CARVE_" + option.substring(2).toUpperCase(Locale.ROOT).replace('-', '_');
			default -> null;
		};
	}

	/**
	 * The configuration file's key for an environment variable: {@code CARVE_SOURCE_URL}
	 * is {@code source.url}, {@code CARVE_KAFKA} is {@code kafka}.
	 */
	static String key(String variable) {
		return variable.substring("CARVE_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
	}

}
