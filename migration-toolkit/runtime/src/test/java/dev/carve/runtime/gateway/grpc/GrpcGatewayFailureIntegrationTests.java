package dev.carve.runtime.gateway.grpc;

import java.io.IOException;
import java.time.Duration;

import com.google.protobuf.ByteString;
import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;
import dev.carve.runtime.RuntimeTestApplication;
import dev.carve.runtime.SinkTestApplication;
import dev.carve.runtime.gateway.GatewayRefusedException;
import dev.carve.runtime.gateway.GatewayUnavailableException;
import dev.carve.runtime.gateway.SampleConsumer;
import dev.carve.runtime.gateway.SampleGateway;
import dev.carve.runtime.gateway.SampleRefusedException;
import dev.carve.runtime.security.ServiceTokens;
import dev.carve.testkit.ModuleProcess;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.Status;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.context.SecurityContextHolder;

import static dev.carve.runtime.gateway.grpc.MisbehavingSampleProvider.answering;
import static dev.carve.runtime.gateway.grpc.MisbehavingSampleProvider.failing;
import static dev.carve.runtime.gateway.grpc.MisbehavingSampleProvider.silentFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What every gRPC gateway does when its provider misbehaves, on the sample gateway in a
 * consumer process ({@code carve.modules.sample.mode=grpc}) against a
 * {@link MisbehavingSampleProvider}: idempotent calls are tried three times with both
 * credentials relayed, others once; every transport failure is a
 * {@link GatewayUnavailableException}, within the deadline; a domain error is the
 * contract's exception, one the gateway does not know a {@link GatewayRefusedException},
 * both attempted once. Each module's own domain errors are its adapters' tests.
 */
class GrpcGatewayFailureIntegrationTests {

	private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization",
			Metadata.ASCII_STRING_MARSHALLER);

	private static final Metadata.Key<String> SERVICE_AUTHORIZATION = Metadata.Key.of(ServiceTokens.GRPC_METADATA,
			Metadata.ASCII_STRING_MARSHALLER);

	private static MisbehavingSampleProvider provider;

	private static ModuleProcess consumer;

	private SampleGateway sample;

	private String token;

	@BeforeAll
	static void start() throws IOException {
		provider = new MisbehavingSampleProvider();
		consumer = SampleConsumer.start("grpc", provider.target());
	}

	@AfterAll
	static void stop() {
		consumer.stop();
		provider.close();
	}

	@BeforeEach
	void signIn() {
		this.token = SampleConsumer.signIn();
		this.sample = consumer.context().getBean(SampleGateway.class);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anUnavailableProviderIsRetriedThenReportedUnavailable() {
		provider.behave(failing(Status.UNAVAILABLE.withDescription("restarting").asException()));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this.sample::probe)
			.satisfies((failure) -> {
				assertThat(failure.module()).isEqualTo("sample");
				assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(1));
			})
			.withMessageContaining("cannot be reached");
		assertThat(provider.calls()).isEqualTo(3);
		assertThat(provider.headers().get(AUTHORIZATION)).isEqualTo("Bearer " + this.token);
		assertThat(provider.headers().get(SERVICE_AUTHORIZATION)).matches("Bearer [\\w-]+\\.[\\w-]+\\.[\\w-]+");
	}

	@Test
	void aCallThatIsNotIdempotentIsAttemptedOnce() {
		provider.behave(failing(Status.UNAVAILABLE.withDescription("restarting").asException()));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this.sample::place)
			.withMessageContaining("cannot be reached");
		assertThat(provider.calls()).isEqualTo(1);
	}

	@Test
	void anOverloadedProviderIsReportedUnavailable() {
		provider.behave(failing(Status.RESOURCE_EXHAUSTED.asException()));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this.sample::probe)
			.withMessageContaining("overloaded");
		assertThat(provider.calls()).isEqualTo(3);
	}

	@Test
	void aProviderThatDoesNotAnswerInTimeIsReportedWithinTheDeadline() {
		provider.behave(silentFor(Duration.ofSeconds(5)));
		long started = System.nanoTime();
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this.sample::probe);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
		assertThat(provider.calls()).isEqualTo(1);
	}

	@Test
	void anAnswerThatMakesNoSenseIsReportedUnavailable() {
		provider.behave(answering(ByteString.copyFrom(new byte[] { (byte) 0xC3, (byte) 0x28 })));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this.sample::probe)
			.satisfies((failure) -> assertThat(failure.module()).isEqualTo("sample"));
	}

	@Test
	void aDomainErrorBecomesTheContractsExceptionAndIsNotRepeated() {
		provider.behave(failing(DomainExceptionGrpcHandler.toStatus(new SampleRefusedException("closed on Sundays"))));
		assertThatExceptionOfType(SampleRefusedException.class).isThrownBy(this.sample::probe)
			.satisfies((refusal) -> assertThat(refusal.reason()).isEqualTo("closed on Sundays"));
		assertThat(provider.calls()).isEqualTo(1);
	}

	@Test
	void aDomainErrorTheGatewayDoesNotKnowIsARefusalAttemptedOnce() {
		provider.behave(failing(DomainExceptionGrpcHandler
			.toStatus(new DomainException(ErrorKind.CONFLICT, "something-new", "A rule not heard of") {
			})));
		assertThatExceptionOfType(GatewayRefusedException.class).isThrownBy(this.sample::probe).satisfies((refusal) -> {
			assertThat(refusal.module()).isEqualTo("sample");
			assertThat(refusal.reason()).isEqualTo(GatewayRefusedException.Reason.INVALID_REQUEST);
		}).withMessageContaining("FAILED_PRECONDITION");
		assertThat(provider.calls()).isEqualTo(1);
	}

	@Test
	void aProviderThatIsGoneIsReportedUnavailable() throws IOException {
		Server gone = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create()).build().start();
		int port = gone.getPort();
		gone.shutdownNow();
		try (ModuleProcess orphan = ModuleProcess.start(SinkTestApplication.class, RuntimeTestApplication.tokens,
				"carve.modules.sample.mode=grpc", "carve.modules.sample.url=127.0.0.1:" + port,
				"carve.modules.sample.client.deadline=1500ms")) {
			SampleGateway unreachable = orphan.context().getBean(SampleGateway.class);
			assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(unreachable::probe);
		}
	}

}
