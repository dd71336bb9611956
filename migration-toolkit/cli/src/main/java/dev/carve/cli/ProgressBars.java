package dev.carve.cli;

import java.time.Duration;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import org.jspecify.annotations.Nullable;
import org.postgresql.replication.LogSequenceNumber;

/**
 * A move's progress as bars on a terminal: while copying, rows copied of all rows with
 * rows/s and the time left; while streaming, source WAL applied with its rate and the
 * lag. Drawn by the progressbar library at each {@link #show}, on standard error unless a
 * consumer is given.
 */
final class ProgressBars {

	private final @Nullable ProgressBarConsumer consumer;

	private @Nullable ProgressBar copy;

	private @Nullable ProgressBar stream;

	private long firstApplied = -1;

	/**
	 * @param consumer where to draw, or {@code null} for the terminal
	 */
	ProgressBars(@Nullable ProgressBarConsumer consumer) {
		this.consumer = consumer;
	}

	synchronized void show(MoveStatus status, MoveStatus.Throughput throughput) {
		String lag = lag(status);
		if (status.phase() == MoveState.Phase.STREAMING) {
			finishCopy();
			long applied = (status.appliedLsn() != null) ? LogSequenceNumber.valueOf(status.appliedLsn()).asLong() : 0;
			if (this.stream == null) {
				this.firstApplied = applied;
				this.stream = builder("stream " + status.module()).setInitialMax(-1).setUnit(" kB", 1024).build();
			}
			this.stream.stepTo(applied - this.firstApplied);
			this.stream.setExtraMessage(lag);
			this.stream.refresh();
			return;
		}
		if (this.copy == null) {
			this.copy = builder("copy " + status.module()).setInitialMax(Math.max(status.rows(), 1))
				.setUnit(" rows", 1)
				.build();
		}
		this.copy.maxHint(Math.max(status.rows(), 1));
		this.copy.stepTo(status.copied());
		MoveStatus.Table copying = status.copying();
		this.copy.setExtraMessage(((copying != null) ? copying.name() + " " : "") + lag);
		this.copy.refresh();
	}

	private static String lag(MoveStatus status) {
		if (status.lagBytes() == null) {
			return "";
		}
		Duration since = status.sinceLastApplied();
		return "lag " + Sizes.bytes(status.lagBytes())
				+ ((since != null) ? ", last applied " + Sizes.duration(since) + " ago" : "");
	}

	private ProgressBarBuilder builder(String task) {
		ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task)
			.showSpeed()
			.setUpdateIntervalMillis(250);
		return (this.consumer != null) ? builder.setConsumer(this.consumer) : builder;
	}

	private void finishCopy() {
		if (this.copy != null) {
			this.copy.stepTo(this.copy.getMax());
			this.copy.close();
			this.copy = null;
		}
	}

	synchronized void close() {
		finishCopy();
		if (this.stream != null) {
			this.stream.close();
			this.stream = null;
		}
	}

}
