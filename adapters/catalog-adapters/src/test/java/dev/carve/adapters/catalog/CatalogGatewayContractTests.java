package dev.carve.adapters.catalog;

import java.util.List;
import java.util.UUID;

import dev.carve.adapters.testkit.ContractModes;
import dev.carve.contracts.catalog.CatalogGateway;
import dev.carve.contracts.catalog.PriceQuote;
import dev.carve.contracts.catalog.QuotedPrice;
import dev.carve.contracts.catalog.UnknownProductException;
import dev.carve.kernel.Money;
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
 * What every {@link CatalogGateway} does, whatever carries the call. Run once per mode
 * ({@code [in-process]}, {@code [grpc]}, {@code [http]}), each run against the real
 * catalog module on PostgreSQL; the calls are made on behalf of a signed-in customer,
 * whose token remote modes relay.
 */
@ParameterizedClass(name = ContractModes.NAME)
@MethodSource(ContractModes.EVERY)
class CatalogGatewayContractTests {

	private final ModuleMode mode;

	private CatalogGateway catalog;

	private String mug;

	private String tea;

	CatalogGatewayContractTests(ModuleMode mode) {
		this.mode = mode;
	}

	@BeforeEach
	void signInAndAddProducts() {
		String token = CatalogProcesses.TOKENS.customer(UUID.randomUUID());
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(CatalogProcesses.TOKENS.decoder().decode(token)));
		this.catalog = CatalogProcesses.gateway(this.mode);
		this.mug = CatalogProcesses.product("Mug", "12.50");
		this.tea = CatalogProcesses.product("Green tea", "4.05");
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void quotingPricesEveryActiveSkuInTheOrderAsked() {
		PriceQuote quote = this.catalog.quote(List.of(this.tea, this.mug));
		assertThat(quote.prices()).containsExactly(new QuotedPrice(this.tea, "Green tea", Money.of("4.05", "EUR")),
				new QuotedPrice(this.mug, "Mug", Money.of("12.50", "EUR")));
		assertThat(quote.priceOf(this.mug)).map(QuotedPrice::unitPrice).contains(Money.of("12.50", "EUR"));
	}

	@Test
	void quotingASkuTwicePricesItOnce() {
		PriceQuote quote = this.catalog.quote(List.of(this.mug, this.mug));
		assertThat(quote.prices()).containsExactly(new QuotedPrice(this.mug, "Mug", Money.of("12.50", "EUR")));
	}

	@Test
	void quotingGivesTheCurrentNameAndPrice() {
		CatalogProcesses.reprice(this.mug, "Big mug", "13.99");
		assertThat(this.catalog.quote(List.of(this.mug)).prices())
			.containsExactly(new QuotedPrice(this.mug, "Big mug", Money.of("13.99", "EUR")));
	}

	@Test
	void quotingUnknownSkusIsRefusedNamingEveryOne() {
		String missing = CatalogProcesses.newSku();
		String alsoMissing = CatalogProcesses.newSku();
		assertThatExceptionOfType(UnknownProductException.class)
			.isThrownBy(() -> this.catalog.quote(List.of(missing, this.mug, alsoMissing)))
			.satisfies((refusal) -> {
				assertThat(refusal.skus()).containsExactly(missing, alsoMissing);
				assertThat(refusal.code()).isEqualTo("unknown-sku");
				assertThat(refusal.getMessage()).isEqualTo("Unknown or inactive SKU: " + missing + ", " + alsoMissing);
			});
	}

	@Test
	void quotingAnInactiveSkuIsRefusedLikeAnUnknownOne() {
		CatalogProcesses.deactivate(this.tea);
		assertThatExceptionOfType(UnknownProductException.class)
			.isThrownBy(() -> this.catalog.quote(List.of(this.mug, this.tea)))
			.satisfies((refusal) -> assertThat(refusal.skus()).containsExactly(this.tea));
	}

}
