package dev.carve.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Writes for a person ({@link Reporter}): lines, and a move's progress as bars on a
 * terminal or as a line per refresh otherwise.
 */
final class TextReporter implements Reporter {

	private final PrintWriter out;

	private final @Nullable ProgressBars bars;

	/**
	 * @param out standard output
	 * @param bars where progress bars are drawn, or {@code null} to write lines
	 */
	TextReporter(PrintWriter out, @Nullable ProgressBars bars) {
		this.out = out;
		this.bars = bars;
	}

	@Override
	public synchronized void say(String line) {
		this.out.println(line);
		this.out.flush();
	}

	@Override
	public synchronized void report(String event, Object document, Consumer<PrintWriter> text) {
		text.accept(this.out);
		this.out.flush();
	}

	@Override
	public void progress(MoveStatus status, MoveStatus.Throughput throughput) {
		if (this.bars != null) {
			this.bars.show(status, throughput);
		}
		else {
			say("progress: " + status.summary(throughput));
		}
	}

	@Override
	public boolean live() {
		return this.bars != null;
	}

	@Override
	public void close() {
		if (this.bars != null) {
			this.bars.close();
		}
		this.out.flush();
	}

}
