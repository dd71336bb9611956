package dev.carve.runtime.gateway.http;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;
import dev.carve.api.NotFoundException;
import dev.carve.runtime.gateway.GatewayUnavailableException;
import dev.carve.runtime.gateway.RemoteCalls;
import dev.carve.runtime.gateway.RemoteCallsFactory;
import dev.carve.runtime.gateway.SampleGateway;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class HttpContractClientTests {

	private final AtomicInteger attempts = new AtomicInteger();

	@Test
	void eachContractCallIsOneCallOfTheInterfacesMethodUnderTheContractsRetries() {
		SampleGateway sample = HttpContractClient.create(SampleGateway.class, SameMethods.class, new Flaky(),
				calls(SampleGateway.class));
		assertThat(sample.probe()).isEqualTo("probed after 3 attempts");
		this.attempts.set(0);
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(sample::place)
			.withMessageContaining("connection reset");
		assertThat(this.attempts).as("place is not idempotent").hasValue(1);
		assertThat(HttpContractClient.isClient(sample)).isTrue();
		assertThat(sample).hasToString("SampleGateway of module 'sample' over HTTP through SameMethods")
			.isEqualTo(sample)
			.isNotEqualTo(HttpContractClient.create(SampleGateway.class, SameMethods.class, new Flaky(),
					calls(SampleGateway.class)));
	}

	@Test
	void anOptionalAnswerIsTheInterfacesAnswerAndEmptyWhenTheProviderKnowsNoSuchThing() {
		Finder finder = HttpContractClient.create(Finder.class, FinderApi.class, new Customers(), calls(Finder.class));
		assertThat(finder.find("ada")).contains("Ada Lovelace");
		assertThat(finder.find("nobody")).isEmpty();
		assertThatExceptionOfType(Locked.class).isThrownBy(() -> finder.find("locked"));
	}

	@Test
	void anInterfaceThatLacksAContractMethodIsRefusedNamingEach() {
		assertThatIllegalStateException()
			.isThrownBy(() -> HttpContractClient.create(SampleGateway.class, OtherMethods.class, new Object(),
					calls(SampleGateway.class)))
			.withMessageStartingWith(OtherMethods.class.getName()
					+ " does not declare String hold(), String place() as " + SampleGateway.class.getName() + " does")
			.withMessageEndingWith("or give HttpTransport.of an adapter that maps the calls");
	}

	private static RemoteCalls calls(Class<?> contract) {
		MockEnvironment environment = new MockEnvironment().withProperty("carve.modules.sample.mode", "http")
			.withProperty("carve.modules.sample.url", "http://localhost:1")
			.withProperty("carve.modules.sample.client.retry.backoff", "1ms");
		return new RemoteCallsFactory(environment, null).create("sample", contract, new HttpFailureTranslator(),
				(code, details) -> null);
	}

	/** An HTTP interface that declares the sample contract's methods as they are. */
	interface SameMethods {

		String probe();

		String place();

		String hold();

	}

	/** One that declares {@code probe} only, and {@code place} with another result. */
	interface OtherMethods {

		String probe();

		Integer place();

	}

	/** A contract whose answer may be absent. */
	interface Finder {

		Optional<String> find(String id);

	}

	/** Its HTTP interface, which answers what is there. */
	interface FinderApi {

		String find(String id);

	}

	/** Its client: Ada is there, nobody is not, and a locked customer is a conflict. */
	private static final class Customers implements FinderApi {

		@Override
		public String find(String id) {
			return switch (id) {
				case "ada" -> "Ada Lovelace";
				case "locked" -> throw new Locked();
				default -> throw new NotFoundException("customer-not-found", "No customer " + id, Map.of("id", id));
			};
		}

	}

	private static final class Locked extends DomainException {

		Locked() {
			super(ErrorKind.CONFLICT, "customer-locked", "The customer is locked");
		}

	}

	/** Its client: the connection is reset twice, then answers. */
	private final class Flaky implements SameMethods {

		@Override
		public String probe() {
			return answer("probed");
		}

		@Override
		public String place() {
			return answer("placed");
		}

		@Override
		public String hold() {
			return answer("held");
		}

		private String answer(String what) {
			if (HttpContractClientTests.this.attempts.incrementAndGet() < 3) {
				throw new IllegalStateException("connection reset");
			}
			return what + " after " + HttpContractClientTests.this.attempts.get() + " attempts";
		}

	}

}
