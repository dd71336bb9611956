package dev.carve.shop.catalog.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.carve.api.NotFoundException;
import dev.carve.contracts.catalog.PriceQuote;
import dev.carve.contracts.catalog.ProductPriceChanged;
import dev.carve.contracts.catalog.QuotedPrice;
import dev.carve.contracts.catalog.UnknownProductException;
import dev.carve.kernel.Money;
import dev.carve.kernel.Page;
import dev.carve.kernel.PageRequest;
import dev.carve.runtime.events.EventOutbox;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's use cases: managing products, and quoting prices to other modules through
 * the module's in-process {@link dev.carve.contracts.catalog.CatalogGateway}. Public for
 * the module's root package, whose gateway implementation delegates to it.
 */
@Service
public class ProductCatalog {

	private final Products products;

	private final EventOutbox outbox;

	ProductCatalog(Products products, EventOutbox outbox) {
		this.products = products;
		this.outbox = outbox;
	}

	/**
	 * The prices of the SKUs, as {@link dev.carve.contracts.catalog.CatalogGateway#quote}
	 * states. Runs in the caller's transaction where there is one and otherwise in none:
	 * it reads once ({@link Products#findAllById}).
	 */
	public PriceQuote quote(Collection<String> skus) {
		LinkedHashSet<String> wanted = new LinkedHashSet<>(skus);
		Map<String, Product> found = this.products.findAllById(wanted)
			.stream()
			.filter(Product::active)
			.collect(Collectors.toMap(Product::sku, Function.identity()));
		List<String> unknown = wanted.stream().filter((sku) -> !found.containsKey(sku)).toList();
		if (!unknown.isEmpty()) {
			throw new UnknownProductException(unknown);
		}
		List<QuotedPrice> prices = new ArrayList<>();
		for (String sku : wanted) {
			Product product = found.get(sku);
			prices.add(new QuotedPrice(sku, product.name(), product.price()));
		}
		return new PriceQuote(prices);
	}

	/**
	 * Adds an active product.
	 * @throws DuplicateProductException when the SKU is taken, even by an inactive
	 * product
	 */
	@Transactional
	public Product create(String sku, String name, Money price) {
		if (this.products.existsById(sku)) {
			throw new DuplicateProductException(sku);
		}
		try {
			return this.products.saveAndFlush(new Product(sku, name, price, Instant.now()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new DuplicateProductException(sku);
		}
	}

	/**
	 * Renames and reprices a product, and takes it in or out of sale when {@code active}
	 * is given. A new price publishes {@link ProductPriceChanged}.
	 * @throws NotFoundException when there is no such product
	 * @throws ConcurrentChangeException when the product changed meanwhile
	 */
	@Transactional
	public Product update(String sku, String name, Money price, @Nullable Boolean active) {
		Product product = find(sku);
		Instant now = Instant.now();
		Money before = product.change(name, price, now);
		if (active != null) {
			product.activate(active, now);
		}
		try {
			this.products.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConcurrentChangeException(sku);
		}
		if (!before.equals(price)) {
			this.outbox.publish(new ProductPriceChanged(UUID.randomUUID(), sku, before, price, now));
		}
		return product;
	}

	/**
	 * Takes a product out of sale; it is no longer quoted. Idempotent.
	 * @throws NotFoundException when there is no such product
	 */
	@Transactional
	public void deactivate(String sku) {
		find(sku).activate(false, Instant.now());
	}

	/**
	 * The product with the SKU, active or not.
	 * @throws NotFoundException when there is no such product
	 */
	@Transactional(readOnly = true)
	public Product find(String sku) {
		return this.products.findById(sku)
			.orElseThrow(
					() -> new NotFoundException("product-not-found", "No product with SKU " + sku, Map.of("sku", sku)));
	}

	/** One page of the products the query selects. */
	@Transactional(readOnly = true)
	public Page<Product> list(ProductQuery query, PageRequest page) {
		org.springframework.data.domain.Page<Product> found = this.products.findAll(query.specification(),
				org.springframework.data.domain.PageRequest.of(page.page(), page.size(), query.sort()));
		return new Page<>(found.getContent(), page.page(), page.size(), found.getTotalElements());
	}

}
