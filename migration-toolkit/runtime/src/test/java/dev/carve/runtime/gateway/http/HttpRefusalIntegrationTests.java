package dev.carve.runtime.gateway.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import dev.carve.runtime.gateway.GatewayRefusedException;
import dev.carve.runtime.gateway.GatewayUnavailableException;
import dev.carve.runtime.gateway.SampleGateway;
import dev.carve.runtime.gateway.RemoteCalls;
import dev.carve.runtime.gateway.RemoteCallsFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An HTTP provider in this JVM that answers every call with one status and a problem of a
 * type the gateway does not know: answers caused by the request are attempted once and
 * leave the circuit closed however many there are; answers of an unhealthy provider are
 * retried and open it. The client sends through the runtime's pooled HTTP client, which
 * repeats no request.
 */
class HttpRefusalIntegrationTests {

	private static final int CALLS = 20;

	private static final AtomicInteger received = new AtomicInteger();

	private static final AtomicInteger answer = new AtomicInteger();

	private static final String UNKNOWN_PROBLEM = "{\"type\":\"urn:carve:problem:provider-internal\",\"status\":%d}";

	private static final AtomicReference<String> problem = new AtomicReference<>(UNKNOWN_PROBLEM);

	private static HttpServer provider;

	private static Probe client;

	@BeforeAll
	static void start() throws IOException {
		provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		provider.createContext("/probe", (exchange) -> {
			received.incrementAndGet();
			exchange.getRequestBody().readAllBytes();
			byte[] body = problem.get().formatted(answer.get()).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
			exchange.sendResponseHeaders(answer.get(), body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		provider.start();
		RestClient rest = RestClient.builder().baseUrl(url()).requestFactory(HttpGatewayClients.pooled()).build();
		client = HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest)).build().createClient(Probe.class);
	}

	@AfterAll
	static void stop() {
		provider.stop(0);
	}

	@BeforeEach
	void reset() {
		received.set(0);
		problem.set(UNKNOWN_PROBLEM);
	}

	@Test
	void aValidationProblemIsARefusalThatSaysWhatWasWrong() {
		answer.set(400);
		problem.set("""
				{"type":"urn:carve:problem:validation-failed","title":"Validation failed","status":%d,
				"detail":"Invalid request: orderIds must name at most 1000 orders",
				"errors":[{"field":"orderIds","message":"must name at most 1000 orders"}]}""");
		assertThatExceptionOfType(GatewayRefusedException.class).isThrownBy(() -> call(calls()))
			.withMessage("Module 'probe' refused the request with HTTP 400:"
					+ " Invalid request: orderIds must name at most 1000 orders")
			.satisfies((refusal) -> assertThat(refusal.reason())
				.isEqualTo(GatewayRefusedException.Reason.INVALID_REQUEST));
		assertThat(received).hasValue(1);
	}

	@ParameterizedTest
	@CsvSource({ "400, INVALID_REQUEST", "402, INVALID_REQUEST", "404, INVALID_REQUEST", "409, INVALID_REQUEST",
			"422, INVALID_REQUEST", "401, CREDENTIALS_REFUSED", "403, CREDENTIALS_REFUSED" })
	void refusedCallsAreAttemptedOnceAndLeaveTheCircuitClosed(int status, GatewayRefusedException.Reason reason) {
		answer.set(status);
		RemoteCalls calls = calls();
		for (int i = 0; i < CALLS; i++) {
			assertThatExceptionOfType(GatewayRefusedException.class).isThrownBy(() -> call(calls))
				.satisfies((refusal) -> {
					assertThat(refusal.module()).isEqualTo("probe");
					assertThat(refusal.reason()).isEqualTo(reason);
				});
		}
		assertThat(received).hasValue(CALLS);
		assertThat(calls.circuitClosed()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(ints = { 500, 502, 503, 408, 429 })
	void failuresOfTheProviderAreRetriedAndOpenTheCircuit(int status) {
		answer.set(status);
		RemoteCalls calls = calls();
		for (int i = 0; i < CALLS; i++) {
			assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(() -> call(calls));
		}
		assertThat(received).hasValue(5 * 3);
		assertThat(calls.circuitClosed()).isFalse();
	}

	private static String call(RemoteCalls calls) {
		return calls.call("probe", (budget) -> client.probe("x"));
	}

	private static RemoteCalls calls() {
		MockEnvironment environment = new MockEnvironment().withProperty("carve.modules.probe.mode", "http")
			.withProperty("carve.modules.probe.url", url())
			.withProperty("carve.modules.probe.client.retry.backoff", "1ms")
			.withProperty("carve.modules.probe.client.circuit-breaker.minimum-number-of-calls", "5")
			.withProperty("carve.modules.probe.client.circuit-breaker.sliding-window-size", "5")
			.withProperty("carve.modules.probe.client.circuit-breaker.wait-in-open-state", "60s");
		return new RemoteCallsFactory(environment, null).create("probe", SampleGateway.class,
				new HttpFailureTranslator(), (code, details) -> null);
	}

	private static String url() {
		return "http://127.0.0.1:" + provider.getAddress().getPort();
	}

	interface Probe {

		@PostExchange("/probe")
		String probe(@RequestBody String body);

	}

}
