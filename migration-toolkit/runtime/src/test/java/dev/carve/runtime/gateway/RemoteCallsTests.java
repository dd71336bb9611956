package dev.carve.runtime.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;
import dev.carve.api.Idempotent;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RemoteCallsTests {

	private final AtomicInteger attempts = new AtomicInteger();

	@Test
	void idempotentCallsAreRetriedUntilTheySucceed() {
		RemoteCalls calls = calls(Map.of());
		String answer = calls.call("probe", (budget) -> {
			if (this.attempts.incrementAndGet() < 3) {
				throw new IllegalStateException("connection reset");
			}
			return "ok";
		});
		assertThat(answer).isEqualTo("ok");
		assertThat(this.attempts).hasValue(3);
	}

	@Test
	void nonIdempotentCallsAreAttemptedOnce() {
		RemoteCalls calls = calls(Map.of());
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(() -> calls.call("place", (budget) -> {
			this.attempts.incrementAndGet();
			throw new IllegalStateException("connection reset");
		})).satisfies((failure) -> assertThat(failure.module()).isEqualTo("sample"));
		assertThat(this.attempts).hasValue(1);
	}

	@Test
	void domainErrorsAreNeitherRetriedNorCountedAgainstTheModule() {
		RemoteCalls calls = calls(Map.of("carve.modules.sample.client.circuit-breaker.minimum-number-of-calls", "2",
				"carve.modules.sample.client.circuit-breaker.sliding-window-size", "2"));
		for (int i = 0; i < 5; i++) {
			assertThatExceptionOfType(Refused.class).isThrownBy(() -> calls.call("probe", (b) -> {
				this.attempts.incrementAndGet();
				throw new Refused();
			}));
		}
		assertThat(this.attempts).hasValue(5);
		String answer = calls.call("probe", (budget) -> "still called");
		assertThat(answer).isEqualTo("still called");
	}

	@Test
	void aModuleThatKeepsFailingIsNoLongerCalledUntilTheCircuitCloses() {
		RemoteCalls calls = calls(Map.of("carve.modules.sample.client.retry.max-attempts", "1",
				"carve.modules.sample.client.circuit-breaker.minimum-number-of-calls", "4",
				"carve.modules.sample.client.circuit-breaker.sliding-window-size", "4",
				"carve.modules.sample.client.circuit-breaker.wait-in-open-state", "30s"));
		for (int i = 0; i < 4; i++) {
			assertThatExceptionOfType(GatewayUnavailableException.class)
				.isThrownBy(() -> calls.call("probe", (budget) -> {
					this.attempts.incrementAndGet();
					throw new IllegalStateException("refused");
				}));
		}
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(() -> calls.call("probe", (budget) -> {
			this.attempts.incrementAndGet();
			return "never";
		}))
			.satisfies((failure) -> assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(30)))
			.withMessageContaining("paused");
		assertThat(this.attempts).hasValue(4);
	}

	@Test
	void probesOfTheOtherSideAreAttemptedOnceAndOpenNoCircuit() {
		RemoteCalls calls = calls(Map.of("carve.modules.sample.client.circuit-breaker.minimum-number-of-calls", "4",
				"carve.modules.sample.client.circuit-breaker.sliding-window-size", "4"));
		for (int i = 0; i < 8; i++) {
			assertThatExceptionOfType(GatewayUnavailableException.class)
				.isThrownBy(() -> RoutedCalls.probe("sample", () -> calls.call("probe", (budget) -> {
					this.attempts.incrementAndGet();
					throw new IllegalStateException("not started yet");
				})));
		}
		assertThat(this.attempts).hasValue(8);
		assertThat(calls.circuitClosed()).isTrue();
	}

	@Test
	void theCircuitCountsCallsNotAttempts() {
		RemoteCalls calls = calls(Map.of("carve.modules.sample.client.circuit-breaker.minimum-number-of-calls", "2",
				"carve.modules.sample.client.circuit-breaker.sliding-window-size", "2"));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(() -> calls.call("probe", (budget) -> {
			this.attempts.incrementAndGet();
			throw new IllegalStateException("refused");
		}));
		assertThat(this.attempts).hasValue(3);
		assertThat(calls.circuitClosed()).isTrue();
	}

	@Test
	void theFirstCallThatSucceedsAfterTheWaitClosesTheCircuit() throws InterruptedException {
		RemoteCalls calls = calls(Map.of("carve.modules.sample.client.retry.max-attempts", "1",
				"carve.modules.sample.client.circuit-breaker.minimum-number-of-calls", "2",
				"carve.modules.sample.client.circuit-breaker.sliding-window-size", "2",
				"carve.modules.sample.client.circuit-breaker.wait-in-open-state", "100ms"));
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(GatewayUnavailableException.class)
				.isThrownBy(() -> calls.call("probe", (budget) -> {
					throw new IllegalStateException("refused");
				}));
		}
		assertThat(calls.circuitClosed()).isFalse();
		Thread.sleep(200);
		String answer = calls.call("probe", (budget) -> "back");
		assertThat(answer).isEqualTo("back");
		assertThat(calls.circuitClosed()).isTrue();
	}

	@Test
	void retriesStopWhenTheDeadlineHasPassed() {
		RemoteCalls calls = calls(Map.of("carve.modules.sample.client.deadline", "200ms",
				"carve.modules.sample.client.retry.max-attempts", "10", "carve.modules.sample.client.retry.backoff",
				"10ms"));
		long started = System.nanoTime();
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(() -> calls.call("probe", (budget) -> {
			this.attempts.incrementAndGet();
			sleep(budget.remaining());
			throw new IllegalStateException("deadline exceeded");
		}));
		assertThat(this.attempts).hasValue(1);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void callsBeyondTheBulkheadAreRefusedInsteadOfQueuedForever() throws InterruptedException {
		RemoteCalls calls = calls(Map.of("carve.modules.sample.client.bulkhead.max-concurrent-calls", "1",
				"carve.modules.sample.client.bulkhead.max-wait", "10ms"));
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread holder = Thread.ofVirtual().start(() -> calls.call("hold", (budget) -> {
			inside.countDown();
			await(release);
			return "held";
		}));
		assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
		assertThatExceptionOfType(GatewayUnavailableException.class)
			.isThrownBy(() -> calls.call("place", (budget) -> "never"))
			.withMessageContaining("under way");
		release.countDown();
		holder.join();
	}

	@Test
	void theContractDecidesWhatIsRetriedAndAnOperationItLacksIsRefused() {
		RemoteCalls calls = calls(Map.of());
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(() -> calls.call("place", (budget) -> {
			this.attempts.incrementAndGet();
			throw new IllegalStateException("connection reset");
		}));
		assertThat(this.attempts).as("place is not @Idempotent").hasValue(1);
		assertThatIllegalArgumentException().isThrownBy(() -> calls.call("plaec", (budget) -> "never"))
			.withMessageContaining("has no operation 'plaec'");
	}

	@Test
	void aContractThatOverloadsAnOperationWithDifferentIdempotencyIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ContractOperations.of(Ambiguous.class))
			.withMessageContaining("overloads find");
	}

	@Test
	void aMissingUrlIsExplainedAtStartUp() {
		MockEnvironment environment = new MockEnvironment().withProperty("carve.modules.sample.mode", "grpc");
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> new RemoteCallsFactory(environment, null).create("sample", SampleGateway.class,
					translator(), errors()))
			.withMessageContaining("carve.modules.sample.url is not set");
	}

	@Test
	void aUrlThatDoesNotFitTheModeIsExplainedAtStartUp() {
		MockEnvironment environment = new MockEnvironment().withProperty("carve.modules.sample.mode", "http")
			.withProperty("carve.modules.sample.url", "localhost:9192");
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> new RemoteCallsFactory(environment, null).create("sample", SampleGateway.class,
					translator(), errors()))
			.withMessageContaining("expected http://host:port");
	}

	private RemoteCalls calls(Map<String, String> settings) {
		MockEnvironment environment = new MockEnvironment().withProperty("carve.modules.sample.mode", "grpc")
			.withProperty("carve.modules.sample.url", "localhost:1")
			.withProperty("carve.modules.sample.client.retry.backoff", "1ms");
		settings.forEach(environment::setProperty);
		return new RemoteCallsFactory(environment, null).create("sample", SampleGateway.class, translator(), errors());
	}

	private static FailureTranslator translator() {
		return (module, failure, errors) -> new GatewayUnavailableException(module, failure.getMessage(),
				Duration.ofSeconds(1), failure);
	}

	private static DomainErrorDecoder errors() {
		return (code, details) -> null;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static final class Refused extends DomainException {

		Refused() {
			super(ErrorKind.CONFLICT, "refused", "Refused");
		}

	}

	interface Ambiguous {

		@Idempotent
		String find(String key);

		String find(int key);

	}

}
