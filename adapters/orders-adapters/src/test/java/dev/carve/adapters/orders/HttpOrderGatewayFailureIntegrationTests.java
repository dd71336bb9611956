package dev.carve.adapters.orders;

import java.util.UUID;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.carve.adapters.testkit.StubbedHttpProviderTests;
import dev.carve.contracts.orders.OrderGateway;
import dev.carve.contracts.orders.OrderStatus;
import dev.carve.contracts.orders.OrderStatusView;
import dev.carve.kernel.Money;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP order gateway against WireMock with the provider's published stubs
 * ({@link StubbedHttpProviderTests}): the stubs answer, and only the orders module's own
 * "no such order" problem is the empty answer (any other 404 is a refusal: the suite's
 * own tests).
 */
class HttpOrderGatewayFailureIntegrationTests extends StubbedHttpProviderTests {

	private static final String ORDERS = "/internal/v1/orders/";

	private static final UUID UNKNOWN = UUID.fromString("00000000-0000-0000-0000-000000000404");

	HttpOrderGatewayFailureIntegrationTests() {
		super("orders", OrdersTestApplication.class, OrdersProcesses.TOKENS);
	}

	@Override
	protected String[] consumerProperties() {
		return new String[] { OrdersProcesses.NO_MODULES };
	}

	@Override
	protected void call() {
		orders().findStatus(UUID.randomUUID());
	}

	@Override
	protected MappingBuilder stub() {
		return get(urlPathMatching(ORDERS + ".*"));
	}

	@Override
	protected RequestPatternBuilder requested() {
		return getRequestedFor(urlPathMatching(ORDERS + ".*"));
	}

	@Test
	void thePublishedStubsAnswerAndTheCallersTokenIsRelayed() {
		UUID orderId = UUID.randomUUID();
		assertThat(orders().findStatus(orderId))
			.contains(new OrderStatusView(orderId, UUID.fromString("2d7c1f4e-6a3b-4c8d-9e0f-1a2b3c4d5e6f"),
					OrderStatus.CONFIRMED, Money.of("25.00", "EUR")));
		provider().verify(1, getRequestedFor(urlPathEqualTo(ORDERS + orderId + "/status")).withHeader("Authorization",
				equalTo("Bearer " + token())));
	}

	@Test
	void theOrderNotFoundProblemIsTheEmptyAnswerAndIsNotRepeated() {
		assertThat(orders().findStatus(UNKNOWN)).isEmpty();
		provider().verify(1, getRequestedFor(urlPathEqualTo(ORDERS + UNKNOWN + "/status")));
	}

	private OrderGateway orders() {
		return consumer().context().getBean(OrderGateway.class);
	}

}
