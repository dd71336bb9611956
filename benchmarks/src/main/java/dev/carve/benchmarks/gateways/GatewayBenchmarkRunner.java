package dev.carve.benchmarks.gateways;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link GatewayBenchmarks} in this JVM (the processes start once and serve every
 * benchmark) and prints, per gateway method and mode, p50, p99 and throughput of one
 * caller, beside the baselines measured in the same run and the ratios the issue targets.
 * JMH command-line options (for example {@code -wi 1 -i 2}, or a regular expression
 * naming the benchmarks to run) override the defaults; the benchmarks always run in this
 * JVM.
 */
public final class GatewayBenchmarkRunner {

	private GatewayBenchmarkRunner() {
	}

	public static void main(String[] args) throws Exception {
		CommandLineOptions given = new CommandLineOptions(args);
		ChainedOptionsBuilder options = new OptionsBuilder().parent(given)
			.forks(0)
			.threads(given.getThreads().orElse(1))
			.warmupIterations(given.getWarmupIterations().orElse(2))
			.warmupTime(given.getWarmupTime().orElse(TimeValue.seconds(3)))
			.measurementIterations(given.getMeasurementIterations().orElse(3))
			.measurementTime(given.getMeasurementTime().orElse(TimeValue.seconds(3)));
		if (given.getIncludes().isEmpty()) {
			options.include(GatewayBenchmarks.class.getName());
		}
		Collection<RunResult> results = new Runner(options.build()).run();
		Map<String, Statistics> byName = new HashMap<>();
		for (RunResult result : results) {
			String label = result.getParams().getBenchmark();
			byName.put(label.substring(label.lastIndexOf('.') + 1), result.getPrimaryResult().getStatistics());
		}
		print(byName);
		System.exit(0);
	}

	private static void print(Map<String, Statistics> results) {
		System.out.printf("%nGateway calls, one caller, microseconds (throughput: calls/s of one caller)%n");
		System.out.printf("%-20s %10s %10s %10s%n", "benchmark", "p50 us", "p99 us", "calls/s");
		for (String name : results.keySet().stream().sorted().toList()) {
			Statistics s = results.get(name);
			System.out.printf("%-20s %10.1f %10.1f %10.0f%n", name, s.getPercentile(50), s.getPercentile(99),
					1e6 / s.getMean());
		}
		System.out.println();
		for (String method : new String[] { "reserve", "authorize", "quote" }) {
			ratio(results, method + "InProcess", method + "Direct", "mean latency", 1.1, false, Statistics::getMean);
			ratio(results, method + "Grpc", "echoGrpc", "p99", 3.0, false, (s) -> s.getPercentile(99));
			ratio(results, method + "Http", "echoHttp", "throughput", 0.8, true, (s) -> 1e6 / s.getMean());
			ratio(results, method + "Http", method + "HttpPlain", "throughput", 0.8, true, (s) -> 1e6 / s.getMean());
		}
	}

	private static void ratio(Map<String, Statistics> results, String measured, String baseline, String what,
			double target, boolean atLeast, java.util.function.ToDoubleFunction<Statistics> figure) {
		Statistics m = results.get(measured);
		Statistics b = results.get(baseline);
		if (m == null || b == null) {
			return;
		}
		double ratio = figure.applyAsDouble(m) / figure.applyAsDouble(b);
		boolean met = atLeast ? ratio >= target : ratio <= target;
		System.out.printf("%-19s / %-15s %-12s %7.2fx  (target %s %.1fx: %s)%n", measured, baseline, what, ratio,
				atLeast ? ">=" : "<=", target, met ? "met" : "missed");
	}

}
