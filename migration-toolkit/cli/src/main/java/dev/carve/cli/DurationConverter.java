package dev.carve.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;

/**
 * Reads a duration option: a number with {@code ms}, {@code s}, {@code m} or {@code h}
 * ({@code 500ms}, {@code 10s}, {@code 5m}), or ISO-8601 ({@code PT10S}).
 */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

	private static final Pattern SIMPLE = Pattern.compile("(\\d+)(ms|s|m|h)");

	@Override
	public Duration convert(String value) {
		Matcher simple = SIMPLE.matcher(value.trim().toLowerCase(Locale.ROOT));
		if (simple.matches()) {
			long amount = Long.parseLong(simple.group(1));
			return switch (simple.group(2)) {
				case "ms" -> Duration.ofMillis(amount);
				case "s" -> Duration.ofSeconds(amount);
				case "m" -> Duration.ofMinutes(amount);
				default -> Duration.ofHours(amount);
			};
		}
		try {
			return Duration.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new CommandLine.TypeConversionException(
					"'" + value + "' is not a duration: write it as 500ms, 10s, 5m, 1h or PT10S");
		}
	}

}
