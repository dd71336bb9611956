package dev.carve.shop.catalog.internal;

import java.math.BigDecimal;
import java.time.Instant;

import dev.carve.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A product the shop sells: a SKU, a name and a unit price. A product is never deleted;
 * deactivating it takes it out of price quotes. Concurrent changes are detected by its
 * version.
 */
@Entity
@Table(schema = "catalog", name = "products")
public class Product {

	@Id
	private String sku;

	private String name;

	@Column(name = "price_amount", precision = 19, scale = 2)
	private BigDecimal priceAmount;

	@Column(name = "price_currency", length = 3)
	private String priceCurrency;

	private boolean active;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Product() {
	}

	/**
	 * The optimistic-locking version, {@code null} until the product is first stored:
	 * Spring Data's new-entity check reads it. Without this getter the check finds no
	 * property, throws and catches an exception, and only then reads the field.
	 * @return the version, or {@code null} for a new product
	 */
	public @Nullable Long getVersion() {
		return this.version;
	}

	/**
	 * A new, active product.
	 * @param sku its SKU
	 * @param name its name
	 * @param price its unit price
	 * @param now when it is created
	 */
	public Product(String sku, String name, Money price, Instant now) {
		this.sku = sku;
		this.name = name;
		this.priceAmount = price.amount();
		this.priceCurrency = price.currency();
		this.active = true;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Renames and reprices the product.
	 * @return the price before the change
	 */
	public Money change(String name, Money price, Instant now) {
		Money before = price();
		this.name = name;
		this.priceAmount = price.amount();
		this.priceCurrency = price.currency();
		this.updatedAt = now;
		return before;
	}

	/** Takes the product in or out of sale. */
	public void activate(boolean active, Instant now) {
		if (this.active != active) {
			this.active = active;
			this.updatedAt = now;
		}
	}

	public String sku() {
		return this.sku;
	}

	public String name() {
		return this.name;
	}

	public Money price() {
		return new Money(this.priceAmount, this.priceCurrency);
	}

	public boolean active() {
		return this.active;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
