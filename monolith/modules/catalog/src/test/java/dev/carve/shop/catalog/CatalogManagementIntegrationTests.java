package dev.carve.shop.catalog;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.carve.contracts.catalog.CatalogGateway;
import dev.carve.contracts.catalog.PriceQuote;
import dev.carve.contracts.catalog.UnknownProductException;
import dev.carve.kernel.Money;
import dev.carve.shop.catalog.internal.ProductCatalog;
import dev.carve.testkit.WithPostgres;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
class CatalogManagementIntegrationTests {

	@Autowired
	CatalogGateway gateway;

	@Autowired
	ProductCatalog catalog;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void quotesTheCurrentPriceOfEveryDistinctSku() {
		String mug = newSku();
		String tea = newSku();
		this.catalog.create(mug, "Mug", Money.of("7.50", "EUR"));
		this.catalog.create(tea, "Tea", Money.of("3.20", "EUR"));

		PriceQuote quote = this.gateway.quote(List.of(mug, tea, mug));

		assertThat(quote.prices()).hasSize(2);
		assertThat(quote.priceOf(mug).orElseThrow().unitPrice()).isEqualTo(Money.of("7.50", "EUR"));
		assertThat(quote.priceOf(tea).orElseThrow().name()).isEqualTo("Tea");
	}

	@Test
	void refusesToQuoteUnknownOrInactiveSkusAndNamesThemAll() {
		String active = newSku();
		String inactive = newSku();
		String unknown = newSku();
		this.catalog.create(active, "Kettle", Money.of("25.00", "EUR"));
		this.catalog.create(inactive, "Teapot", Money.of("30.00", "EUR"));
		this.catalog.deactivate(inactive);

		UnknownProductException refusal = catchThrowableOfType(UnknownProductException.class,
				() -> this.gateway.quote(List.of(active, inactive, unknown)));

		assertThat(refusal.skus()).containsExactly(inactive, unknown);
		assertThat(refusal.code()).isEqualTo("unknown-sku");
	}

	/**
	 * A quote is one read: it opens no transaction, whose commit would be a second round
	 * trip to the database on every remote call (ADR 15); a change opens one.
	 */
	@Test
	void aQuoteOpensNoTransactionWhileAChangeDoes() {
		String mug = newSku();
		List<String> begun = new CopyOnWriteArrayList<>();
		Thread caller = Thread.currentThread();
		TransactionExecutionListener listener = new TransactionExecutionListener() {
			@Override
			public void afterBegin(TransactionExecution transaction, @Nullable Throwable failure) {
				if (Thread.currentThread() == caller) {
					begun.add(transaction.isReadOnly() ? "read-only" : "read-write");
				}
			}
		};
		ConfigurableTransactionManager manager = (ConfigurableTransactionManager) this.transactions;
		manager.addListener(listener);
		try {
			this.catalog.create(mug, "Mug", Money.of("7.50", "EUR"));
			assertThat(begun).containsExactly("read-write");
			begun.clear();
			assertThat(this.gateway.quote(List.of(mug)).priceOf(mug)).isPresent();
			assertThat(begun).isEmpty();
		}
		finally {
			manager.getTransactionExecutionListeners().remove(listener);
		}
	}

	static String newSku() {
		return "Q-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}
