package dev.carve.runtime.gateway.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import dev.carve.runtime.gateway.CallBudget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A request sent while a call's {@link CallBudget} is bound to the thread waits no longer
 * than the budget has left, through the runtime's pooled HTTP client: a provider that
 * answers after two seconds is given up on within a 300 ms budget, and answers within a
 * budget long enough.
 */
class AttemptTimeoutsIntegrationTests {

	private static final ExecutorService handlers = Executors.newCachedThreadPool();

	private static HttpServer provider;

	private static Probe client;

	@BeforeAll
	static void start() throws IOException {
		provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		provider.setExecutor(handlers);
		provider.createContext("/slow", (exchange) -> {
			try {
				Thread.sleep(2_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			byte[] body = "late".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/plain");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		provider.start();
		RestClient rest = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + provider.getAddress().getPort())
			.requestFactory(HttpGatewayClients.pooled())
			.build();
		client = HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest)).build().createClient(Probe.class);
	}

	@AfterAll
	static void stop() {
		provider.stop(0);
		handlers.shutdownNow();
	}

	@Test
	void anAttemptEndsWhenTheBudgetIsSpent() {
		long started = System.nanoTime();
		assertThatExceptionOfType(ResourceAccessException.class)
			.isThrownBy(() -> CallBudget.startingNow(Duration.ofMillis(300)).bindTo(client::slow));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_500));
	}

	@Test
	void anAttemptWithTimeLeftGetsTheAnswer() {
		assertThat(CallBudget.startingNow(Duration.ofSeconds(10)).bindTo(client::slow)).isEqualTo("late");
	}

	interface Probe {

		@GetExchange("/slow")
		String slow();

	}

}
