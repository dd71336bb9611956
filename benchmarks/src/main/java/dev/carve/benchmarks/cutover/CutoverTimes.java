package dev.carve.benchmarks.cutover;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code carve cutover --json} reports of the switch, from its line whose
 * {@code event} is {@code cutover}.
 *
 * @param fencedMillis how long the module's writes were fenced in the source app
 * @param appliedMillis how long of that the target took to apply the mark written after
 * the fence
 * @param stepsMillis each step's time, as printed ({@code {"fence":110,…}})
 * @param marksMillis how long each mark written before the fence took to reach the
 * target, as printed ({@code [74,31]}: the fence followed the last)
 */
record CutoverTimes(long fencedMillis, long appliedMillis, String stepsMillis, String marksMillis) {

	private static final Pattern CUTOVER_EVENT = Pattern.compile("\"event\"\\s*:\\s*\"cutover\"");

	private static final Pattern STEPS = Pattern.compile("\"stepsMillis\"\\s*:\\s*(\\{[^}]*})");

	private static final Pattern MARKS = Pattern.compile("\"marksMillis\"\\s*:\\s*(\\[[^\\]]*])");

	/**
	 * Reads the times from the command's output.
	 * @throws IllegalStateException when the output holds no cutover line
	 */
	static CutoverTimes from(String output) {
		for (String line : output.lines().toList()) {
			if (line.startsWith("{") && CUTOVER_EVENT.matcher(line).find()) {
				Matcher steps = STEPS.matcher(line);
				Matcher marks = MARKS.matcher(line);
				return new CutoverTimes(number(line, "fencedMillis"), number(line, "appliedMillis"),
						steps.find() ? steps.group(1) : "{}", marks.find() ? marks.group(1) : "[]");
			}
		}
		throw new IllegalStateException("No cutover line in what carve cutover printed:\n" + output);
	}

	private static long number(String line, String name) {
		Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(line);
		if (!matcher.find()) {
			throw new IllegalStateException("No " + name + " in " + line);
		}
		return Long.parseLong(matcher.group(1));
	}

}
