package dev.carve.adapters.inventory;

import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.carve.adapters.testkit.StubbedHttpProviderTests;
import dev.carve.contracts.inventory.InsufficientStockException;
import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.Reservation;
import dev.carve.contracts.inventory.ReservationNotFoundException;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.contracts.inventory.StockLine;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The HTTP inventory gateway against WireMock with the provider's published stubs
 * ({@link StubbedHttpProviderTests}): the stubs answer, and inventory's own problems come
 * back as the contract's exceptions, not repeated.
 */
class HttpInventoryGatewayFailureIntegrationTests extends StubbedHttpProviderTests {

	private static final String RESERVATIONS = "/internal/v1/inventory/reservations";

	HttpInventoryGatewayFailureIntegrationTests() {
		super("inventory", InventoryTestApplication.class, InventoryProcesses.TOKENS);
	}

	@Override
	protected void call() {
		inventory().reserve(request("MUG-BLUE"));
	}

	@Override
	protected MappingBuilder stub() {
		return post(urlPathEqualTo(RESERVATIONS));
	}

	@Override
	protected RequestPatternBuilder requested() {
		return postRequestedFor(urlPathEqualTo(RESERVATIONS));
	}

	@Test
	void thePublishedStubsAnswerAndTheCallersTokenIsRelayed() {
		Reservation reservation = inventory().reserve(request("MUG-BLUE"));
		assertThat(reservation.lines()).containsExactly(new StockLine("MUG-BLUE", 2));
		provider().verify(1, postRequestedFor(urlPathEqualTo(RESERVATIONS)).withHeader("Authorization",
				equalTo("Bearer " + token())));
	}

	@Test
	void aDomainProblemBecomesTheContractsExceptionAndIsNotRepeated() {
		assertThatExceptionOfType(InsufficientStockException.class)
			.isThrownBy(() -> inventory().reserve(request("OUT-OF-STOCK")))
			.satisfies((refusal) -> {
				assertThat(refusal.sku()).isEqualTo("OUT-OF-STOCK");
				assertThat(refusal.requested()).isEqualTo(1);
				assertThat(refusal.available()).isZero();
			});
		provider().verify(1, postRequestedFor(urlPathEqualTo(RESERVATIONS)));
	}

	@Test
	void aConflictOfAnotherKindIsTheContractsExceptionToo() {
		UUID orderId = UUID.fromString("00000000-0000-0000-0000-000000000404");
		assertThatExceptionOfType(ReservationNotFoundException.class).isThrownBy(() -> inventory().commit(orderId));
	}

	private InventoryGateway inventory() {
		return consumer().context().getBean(InventoryGateway.class);
	}

	private static ReserveStock request(String sku) {
		return new ReserveStock(UUID.randomUUID(), List.of(new StockLine(sku, (sku.equals("MUG-BLUE") ? 2 : 1))));
	}

}
