package dev.carve.benchmarks.orderflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time the kernel has charged to a process and its descendants (the JVM and its
 * embedded PostgreSQL), read from {@code /proc/<pid>/stat}.
 */
final class CpuTime {

	/** Clock ticks per second of {@code /proc} figures ({@code getconf CLK_TCK}). */
	private static final double TICKS_PER_SECOND = 100.0;

	private CpuTime() {
	}

	/**
	 * CPU seconds of one process and of its children that have exited and been waited for
	 * (so a PostgreSQL backend that ended still counts, in its postmaster).
	 * @param pid the process
	 * @return user and system time so far; 0 when it has gone
	 */
	static double ofProcess(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			// The command name (field 2) may hold spaces; the fields after it are plain.
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			long ticks = 0;
			for (int field = 11; field <= 14; field++) { // utime, stime, cutime, cstime
				ticks += Long.parseLong(fields[field]);
			}
			return ticks / TICKS_PER_SECOND;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/**
	 * CPU seconds of a process's descendants that are alive now (PostgreSQL's postmaster
	 * and backends under a JVM).
	 * @param process the parent
	 * @return the sum of their user and system time so far
	 */
	static double ofDescendants(ProcessHandle process) {
		try (Stream<ProcessHandle> descendants = process.descendants()) {
			return descendants.mapToDouble((child) -> ofProcess(child.pid())).sum();
		}
	}

}
