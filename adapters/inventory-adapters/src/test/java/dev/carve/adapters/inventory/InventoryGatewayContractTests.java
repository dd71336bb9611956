package dev.carve.adapters.inventory;

import java.util.List;
import java.util.UUID;

import dev.carve.adapters.testkit.ContractModes;
import dev.carve.contracts.inventory.InsufficientStockException;
import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.Reservation;
import dev.carve.contracts.inventory.ReservationConflictException;
import dev.carve.contracts.inventory.ReservationNotFoundException;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.contracts.inventory.StockLine;
import dev.carve.runtime.module.ModuleMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What every {@link InventoryGateway} does, whatever carries the call. Run once per mode
 * ({@code [in-process]}, {@code [grpc]}, {@code [http]}), each run against the real
 * inventory module on PostgreSQL; the calls are made on behalf of a signed-in customer,
 * whose token remote modes relay.
 */
@ParameterizedClass(name = ContractModes.NAME)
@MethodSource(ContractModes.EVERY)
class InventoryGatewayContractTests {

	private final ModuleMode mode;

	private InventoryGateway inventory;

	private String sku;

	InventoryGatewayContractTests(ModuleMode mode) {
		this.mode = mode;
	}

	@BeforeEach
	void signInAndStock() {
		String token = InventoryProcesses.TOKENS.customer(UUID.randomUUID());
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(InventoryProcesses.TOKENS.decoder().decode(token)));
		this.inventory = InventoryProcesses.gateway(this.mode);
		this.sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
		InventoryProcesses.stock(this.sku, 10);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void reservingHoldsStockForTheOrder() {
		UUID orderId = UUID.randomUUID();
		Reservation reservation = this.inventory
			.reserve(new ReserveStock(orderId, List.of(new StockLine(this.sku, 3))));
		assertThat(reservation.orderId()).isEqualTo(orderId);
		assertThat(reservation.lines()).containsExactly(new StockLine(this.sku, 3));
		assertThat(reservation.expiresAt()).isInTheFuture();
		assertThat(InventoryProcesses.available(this.sku)).isEqualTo(7);
	}

	@Test
	void reservingAgainReturnsTheSameReservation() {
		UUID orderId = UUID.randomUUID();
		ReserveStock request = new ReserveStock(orderId, List.of(new StockLine(this.sku, 2)));
		Reservation first = this.inventory.reserve(request);
		Reservation again = this.inventory.reserve(request);
		assertThat(again.reservationId()).isEqualTo(first.reservationId());
		assertThat(InventoryProcesses.available(this.sku)).isEqualTo(8);
	}

	@Test
	void reservingAgainForOtherLinesIsRefusedAndTheReservationStands() {
		String other = this.sku + "-C";
		InventoryProcesses.stock(other, 5);
		UUID orderId = UUID.randomUUID();
		Reservation first = this.inventory.reserve(new ReserveStock(orderId, List.of(new StockLine(this.sku, 2))));

		for (List<StockLine> lines : List.of(List.of(new StockLine(this.sku, 9)),
				List.of(new StockLine(this.sku, 2), new StockLine(other, 1)))) {
			assertThatExceptionOfType(ReservationConflictException.class)
				.isThrownBy(() -> this.inventory.reserve(new ReserveStock(orderId, lines)))
				.satisfies((refusal) -> {
					assertThat(refusal.orderId()).isEqualTo(orderId);
					assertThat(refusal.code()).isEqualTo("reservation-request-conflict");
				});
		}

		Reservation again = this.inventory
			.reserve(new ReserveStock(orderId, List.of(new StockLine(this.sku, 1), new StockLine(this.sku, 1))));
		assertThat(again.reservationId()).as("the same lines, split otherwise").isEqualTo(first.reservationId());
		assertThat(InventoryProcesses.available(this.sku)).isEqualTo(8);
		assertThat(InventoryProcesses.available(other)).isEqualTo(5);
	}

	@Test
	void aModuleIsAnsweredWhenNoEndUserIsBehindTheCall() {
		SecurityContextHolder.clearContext();
		UUID orderId = UUID.randomUUID();
		this.inventory.reserve(new ReserveStock(orderId, List.of(new StockLine(this.sku, 1))));
		this.inventory.release(orderId);
		assertThat(InventoryProcesses.available(this.sku)).isEqualTo(10);
	}

	@Test
	void reservingMoreThanAvailableIsRefusedAndReservesNothing() {
		String other = this.sku + "-B";
		InventoryProcesses.stock(other, 5);
		UUID orderId = UUID.randomUUID();
		assertThatExceptionOfType(InsufficientStockException.class)
			.isThrownBy(() -> this.inventory
				.reserve(new ReserveStock(orderId, List.of(new StockLine(other, 1), new StockLine(this.sku, 11)))))
			.satisfies((refusal) -> {
				assertThat(refusal.sku()).isEqualTo(this.sku);
				assertThat(refusal.requested()).isEqualTo(11);
				assertThat(refusal.available()).isEqualTo(10);
				assertThat(refusal.code()).isEqualTo("out-of-stock");
			});
		assertThat(InventoryProcesses.available(this.sku)).isEqualTo(10);
		assertThat(InventoryProcesses.available(other)).isEqualTo(5);
	}

	@Test
	void releasingMakesTheStockAvailableAgainAndCanBeRepeated() {
		UUID orderId = UUID.randomUUID();
		this.inventory.reserve(new ReserveStock(orderId, List.of(new StockLine(this.sku, 4))));
		this.inventory.release(orderId);
		this.inventory.release(orderId);
		assertThat(InventoryProcesses.available(this.sku)).isEqualTo(10);
	}

	@Test
	void releasingAnOrderWithoutReservationDoesNothing() {
		this.inventory.release(UUID.randomUUID());
		assertThat(InventoryProcesses.available(this.sku)).isEqualTo(10);
	}

	@Test
	void committingTakesTheUnitsForGoodAndCanBeRepeated() {
		UUID orderId = UUID.randomUUID();
		this.inventory.reserve(new ReserveStock(orderId, List.of(new StockLine(this.sku, 4))));
		this.inventory.commit(orderId);
		this.inventory.commit(orderId);
		this.inventory.release(orderId);
		assertThat(InventoryProcesses.available(this.sku)).isEqualTo(6);
	}

	@Test
	void committingAnOrderWithoutReservationIsRefused() {
		UUID orderId = UUID.randomUUID();
		assertThatExceptionOfType(ReservationNotFoundException.class).isThrownBy(() -> this.inventory.commit(orderId))
			.satisfies((refusal) -> assertThat(refusal.properties()).containsEntry("orderId", orderId.toString()));
	}

}
