package dev.carve.shop.orders;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the orders module, under {@code shop.orders}.
 *
 * @param maxLines the most lines one order may have, counted as sent (before lines of the
 * same SKU are merged)
 * @param maxQuantity the most units of one SKU one order may ask for
 */
@ConfigurationProperties("shop.orders")
public record OrdersProperties(@DefaultValue("50") int maxLines, @DefaultValue("1000") int maxQuantity) {

	public OrdersProperties {
		if (maxLines < 1) {
			throw new IllegalArgumentException("shop.orders.max-lines must be at least 1");
		}
		if (maxQuantity < 1) {
			throw new IllegalArgumentException("shop.orders.max-quantity must be at least 1");
		}
	}

}
