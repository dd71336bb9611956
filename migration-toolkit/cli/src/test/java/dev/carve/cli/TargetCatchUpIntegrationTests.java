package dev.carve.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The wait before a cutover's fence, on the two real servers: marks go into the source's
 * WAL, and the move's state in the target says what was applied. In place of a move, an
 * applier records the source's WAL position a fixed time after it read it, so every mark
 * reaches the target that much later.
 */
class TargetCatchUpIntegrationTests {

	private static final String MODULE = "gadgets";

	@Test
	void fencesOnlyAfterAMarkReachedTheTargetWithinTheLagAndRefusesWhileItLagsMore() throws Exception {
		String source = Servers.newSourceDatabase();
		String target = Servers.newTargetDatabase();
		AtomicBoolean stopped = new AtomicBoolean();
		try (Connection marks = Servers.connect(source); Connection control = Servers.connect(target)) {
			MoveState.create(control);
			MoveState.phase(control, MODULE, MoveState.Phase.STREAMING);
			CompletableFuture<Void> applier = CompletableFuture.runAsync(() -> applyLate(source, target, stopped));
			TargetCatchUp catchUp = new TargetCatchUp(MODULE, control);
			try {
				assertThatExceptionOfType(CarveException.class)
					.isThrownBy(() -> catchUp.awaitKeepingUp(marks, Duration.ofMillis(20), Duration.ofMillis(1500)))
					.satisfies((ex) -> assertThat(ex.exitCode()).isEqualTo(Carve.REFUSED))
					.withMessageContaining("the move did not keep up within --max-lag 20 ms for 1500 ms: the last of")
					.withMessageContaining("and writes would wait about that long at the fence");

				List<Long> millis = catchUp.awaitKeepingUp(marks, Duration.ofMillis(1000), Duration.ofSeconds(10));
				assertThat(millis).as("each mark's time to the target, in ms").hasSize(1);
				assertThat(millis.getFirst()).isBetween(60L, 1000L);
			}
			finally {
				stopped.set(true);
				applier.get(10, TimeUnit.SECONDS);
			}
		}
	}

	@Test
	void refusesWhenNothingIsAppliedInTime() throws Exception {
		String source = Servers.newSourceDatabase();
		String target = Servers.newTargetDatabase();
		try (Connection marks = Servers.connect(source); Connection control = Servers.connect(target)) {
			MoveState.create(control);
			MoveState.phase(control, MODULE, MoveState.Phase.STREAMING);
			assertThatExceptionOfType(CarveException.class)
				.isThrownBy(() -> new TargetCatchUp(MODULE, control).awaitKeepingUp(marks, Duration.ofSeconds(1),
						Duration.ofMillis(300)))
				.satisfies((ex) -> assertThat(ex.exitCode()).isEqualTo(Carve.REFUSED))
				.withMessageContaining("the move did not apply the source's changes up to")
				.withMessageContaining("within 300 ms (it applied up to 0/0)");
		}
	}

	/**
	 * Records in the target, 60 ms after reading it, each WAL position the source had.
	 */
	private static void applyLate(String source, String target, AtomicBoolean stopped) {
		try (Connection sourceConnection = Servers.connect(source);
				Connection targetConnection = Servers.connect(target);
				PreparedStatement current = sourceConnection
					.prepareStatement("SELECT (pg_current_wal_lsn() - '0/0')::bigint")) {
			while (!stopped.get()) {
				long lsn;
				try (ResultSet result = current.executeQuery()) {
					result.next();
					lsn = result.getLong(1);
				}
				TimeUnit.MILLISECONDS.sleep(60);
				MoveState.applied(targetConnection, MODULE, new MoveState.Applied(lsn, 0));
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
