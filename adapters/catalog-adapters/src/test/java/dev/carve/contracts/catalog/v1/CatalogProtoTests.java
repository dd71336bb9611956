package dev.carve.contracts.catalog.v1;

import java.time.Instant;

import com.google.protobuf.Timestamp;
import dev.carve.adapters.testkit.ServiceMethodsMatch;
import dev.carve.contracts.catalog.CatalogGateway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog proto compiles into messages that survive the wire and a real gRPC service.
 */
class CatalogProtoTests {

	@Test
	void quoteSurvivesTheWire() throws Exception {
		QuoteResponse sent = QuoteResponse.newBuilder()
			.addPrices(QuotedPrice.newBuilder().setSku("MUG-01").setName("Mug").setUnitPrice(money(1250, "EUR")))
			.addPrices(QuotedPrice.newBuilder().setSku("TEE-02").setName("Tee").setUnitPrice(money(1999, "EUR")))
			.build();
		QuoteResponse received = QuoteResponse.parseFrom(sent.toByteArray());
		assertThat(received).isEqualTo(sent);
		assertThat(received.getPricesList()).extracting(QuotedPrice::getSku).containsExactly("MUG-01", "TEE-02");
		assertThat(received.getPrices(0).getUnitPrice().getAmountMinor()).isEqualTo(1250);
	}

	@Test
	void moneyCarriesKernelMoneyInMinorUnits() throws Exception {
		dev.carve.kernel.Money price = dev.carve.kernel.Money.of("12.50", "EUR");
		Money sent = money(price.minorUnits(), price.currency());
		Money received = Money.parseFrom(sent.toByteArray());
		assertThat(dev.carve.kernel.Money.ofMinor(received.getAmountMinor(), received.getCurrency())).isEqualTo(price);
	}

	@Test
	void productPriceChangedSurvivesTheWire() throws Exception {
		Instant occurredAt = Instant.parse("2026-03-01T10:15:30Z");
		ProductPriceChanged sent = ProductPriceChanged.newBuilder()
			.setEventId("9b2e4f60-1c3d-4a5b-8c7d-0e1f2a3b4c5d")
			.setSku("MUG-01")
			.setOldPrice(money(1250, "EUR"))
			.setNewPrice(money(1100, "EUR"))
			.setOccurredAt(Timestamp.newBuilder().setSeconds(occurredAt.getEpochSecond()))
			.build();
		ProductPriceChanged received = ProductPriceChanged.parseFrom(sent.toByteArray());
		assertThat(received).isEqualTo(sent);
		assertThat(received.getNewPrice().getAmountMinor()).isEqualTo(1100);
		assertThat(received.getOccurredAt().getSeconds()).isEqualTo(occurredAt.getEpochSecond());
	}

	@Test
	void serviceHasOneMethodPerGatewayMethod() {
		assertThat(CatalogServiceGrpc.getServiceDescriptor().getName()).isEqualTo("carve.catalog.v1.CatalogService");
		ServiceMethodsMatch.assertMatch(CatalogServiceGrpc.getServiceDescriptor(), CatalogGateway.class);
	}

	private static Money money(long amountMinor, String currency) {
		return Money.newBuilder().setAmountMinor(amountMinor).setCurrency(currency).build();
	}

}
