package dev.carve.adapters.orders;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import dev.carve.adapters.testkit.ContractModes;
import dev.carve.api.InvalidValueException;
import dev.carve.contracts.orders.OrderGateway;
import dev.carve.contracts.orders.OrderStatus;
import dev.carve.contracts.orders.OrderStatusView;
import dev.carve.kernel.Money;
import dev.carve.runtime.gateway.GatewayRefusedException;
import dev.carve.runtime.module.ModuleMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link OrderGateway} does, whatever carries the call. Run once per mode
 * ({@code [in-process]}, {@code [grpc]}, {@code [http]}), each run against the real
 * orders module on PostgreSQL, whose orders are placed through its public API (with
 * catalog, inventory and payments in the same process); the look-ups are made on behalf
 * of a signed-in customer, whose token remote modes relay.
 */
@ParameterizedClass(name = ContractModes.NAME)
@MethodSource(ContractModes.EVERY)
class OrderGatewayContractTests {

	private final ModuleMode mode;

	private OrderGateway orders;

	private UUID customerId;

	private String sku;

	OrderGatewayContractTests(ModuleMode mode) {
		this.mode = mode;
	}

	@BeforeEach
	void signInAndStock() {
		this.customerId = UUID.randomUUID();
		String token = OrdersProcesses.TOKENS.customer(this.customerId);
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(OrdersProcesses.TOKENS.decoder().decode(token)));
		this.orders = OrdersProcesses.gateway(this.mode);
		this.sku = newSku();
		OrdersProcesses.product(this.sku, "12.50", "EUR", 10);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aConfirmedOrderIsFoundWithItsCustomerAndTotal() {
		UUID orderId = id(OrdersProcesses.place(this.customerId, this.sku, 2, 201));
		OrderStatusView order = this.orders.findStatus(orderId).orElseThrow();
		assertThat(order)
			.isEqualTo(new OrderStatusView(orderId, this.customerId, OrderStatus.CONFIRMED, Money.of("25.00", "EUR")));
		assertThat(order.status().name())
			.isEqualTo(OrdersProcesses.order(this.customerId, orderId).path("status").asString());
	}

	@Test
	void aRejectedOrderIsFoundRejected() {
		JsonNode refusal = OrdersProcesses.place(this.customerId, this.sku, 11, 409);
		UUID orderId = UUID.fromString(refusal.path("orderId").asString());
		OrderStatusView order = this.orders.findStatus(orderId).orElseThrow();
		assertThat(order)
			.isEqualTo(new OrderStatusView(orderId, this.customerId, OrderStatus.REJECTED, Money.of("137.50", "EUR")));
		assertThat(OrdersProcesses.order(this.customerId, orderId).path("status").asString()).isEqualTo("REJECTED");
	}

	@Test
	void aCancelledOrderIsFoundCancelled() {
		UUID orderId = id(OrdersProcesses.place(this.customerId, this.sku, 1, 201));
		assertThat(this.orders.findStatus(orderId)).map(OrderStatusView::status).contains(OrderStatus.CONFIRMED);
		OrdersProcesses.awaitCapture(orderId);
		OrdersProcesses.cancel(this.customerId, orderId);
		assertThat(this.orders.findStatus(orderId)).map(OrderStatusView::status).contains(OrderStatus.CANCELLED);
	}

	@Test
	void aTotalKeepsItsCurrencyAndScale() {
		String yen = newSku();
		OrdersProcesses.product(yen, "1200", "JPY", 5);
		UUID orderId = id(OrdersProcesses.place(this.customerId, yen, 3, 201));
		Money total = this.orders.findStatus(orderId).orElseThrow().total();
		assertThat(total).isEqualTo(Money.of("3600", "JPY"));
		assertThat(total.amount().scale()).isZero();
	}

	@Test
	void anyCustomersOrderIsFoundNotOnlyTheCallers() {
		UUID other = UUID.randomUUID();
		UUID orderId = id(OrdersProcesses.place(other, this.sku, 1, 201));
		assertThat(this.orders.findStatus(orderId)).map(OrderStatusView::customerId).contains(other);
	}

	@Test
	void anUnknownIdIsAnEmptyAnswerNotAnError() {
		assertThat(this.orders.findStatus(UUID.randomUUID())).isEmpty();
	}

	@Test
	void lookingUpAgainGivesTheSameAnswer() {
		UUID orderId = id(OrdersProcesses.place(this.customerId, this.sku, 1, 201));
		Optional<OrderStatusView> first = this.orders.findStatus(orderId);
		assertThat(first).isPresent();
		assertThat(this.orders.findStatus(orderId)).isEqualTo(first);
		UUID unknown = UUID.randomUUID();
		assertThat(this.orders.findStatus(unknown)).isEmpty();
		assertThat(this.orders.findStatus(unknown)).isEmpty();
	}

	@Test
	void severalOrdersAreFoundInOneCallEachOnceAndUnknownIdsLeftOut() {
		UUID confirmed = id(OrdersProcesses.place(this.customerId, this.sku, 2, 201));
		UUID rejected = UUID
			.fromString(OrdersProcesses.place(this.customerId, this.sku, 11, 409).path("orderId").asString());
		UUID unknown = UUID.randomUUID();
		List<OrderStatusView> found = this.orders.findStatuses(List.of(confirmed, unknown, rejected, confirmed));
		assertThat(found).containsExactlyInAnyOrder(
				new OrderStatusView(confirmed, this.customerId, OrderStatus.CONFIRMED, Money.of("25.00", "EUR")),
				new OrderStatusView(rejected, this.customerId, OrderStatus.REJECTED, Money.of("137.50", "EUR")));
		assertThat(this.orders.findStatuses(List.of(unknown))).isEmpty();
		assertThat(this.orders.findStatuses(List.of())).isEmpty();
	}

	@Test
	void moreIdsThanTheMostAreRefusedBeforeAnyIsLookedUp() {
		List<UUID> tooMany = Stream.generate(UUID::randomUUID).limit(OrderGateway.MAX_STATUSES + 1).toList();
		assertThatThrownBy(() -> this.orders.findStatuses(tooMany))
			.isInstanceOfAny(InvalidValueException.class, GatewayRefusedException.class)
			.hasMessageContaining("at most " + OrderGateway.MAX_STATUSES);
		assertThat(this.orders.findStatuses(tooMany.subList(0, OrderGateway.MAX_STATUSES))).isEmpty();
	}

	private static UUID id(JsonNode order) {
		return UUID.fromString(order.path("id").asString());
	}

	private static String newSku() {
		return "SKU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

}
