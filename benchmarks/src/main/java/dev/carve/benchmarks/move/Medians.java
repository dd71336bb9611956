package dev.carve.benchmarks.move;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Measurements of several runs by name, and the median of each. */
final class Medians {

	private final Map<String, List<Double>> values = new LinkedHashMap<>();

	/** Adds one run's measurement. */
	void add(String name, double value) {
		this.values.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
	}

	/**
	 * The median of a name's measurements: the middle one, or the mean of the two in the
	 * middle.
	 * @throws IllegalArgumentException without a measurement of that name
	 */
	double of(String name) {
		List<Double> sorted = this.values.getOrDefault(name, List.of()).stream().sorted().toList();
		if (sorted.isEmpty()) {
			throw new IllegalArgumentException("No measurement of " + name);
		}
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

}
