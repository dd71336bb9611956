package dev.carve.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressBarsTests {

	@Test
	void drawsRowsCopiedWithTheTableBeingCopiedThenTheStreamWithItsLag() {
		List<String> drawn = new ArrayList<>();
		ProgressBars bars = new ProgressBars(new DelegatingProgressBarConsumer(drawn::add, 120));
		Instant now = Instant.now();
		bars.show(status(MoveState.Phase.COPYING, 400, false, null, now), MoveStatus.Throughput.NONE);
		bars.show(status(MoveState.Phase.COPYING, 500, false, null, now), new MoveStatus.Throughput(1000, 0));
		bars.show(status(MoveState.Phase.STREAMING, 1000, true, "0/3000000", now), MoveStatus.Throughput.NONE);
		bars.close();
		assertThat(drawn).anySatisfy((line) -> assertThat(line).startsWith("copy inventory")
			.contains("500/1000")
			.contains("rows")
			.contains("stock lag 2.0 kB"));
		assertThat(drawn).anySatisfy((line) -> assertThat(line).startsWith("copy inventory").contains("100%"));
		assertThat(drawn).anySatisfy((line) -> assertThat(line).startsWith("stream inventory")
			.contains("kB")
			.contains("lag 2.0 kB, last applied"));
	}

	private static MoveStatus status(MoveState.Phase phase, long copied, boolean done, String applied, Instant now) {
		return new MoveStatus("inventory", phase, List.of(new MoveStatus.Table("stock", copied, 1000, done)), applied,
				(applied != null) ? now : null, 2048L, new MoveStatus.Slot("carve_inventory", true, 4096, 2048), now);
	}

}
