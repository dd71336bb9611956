package dev.carve.shop.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which products a listing shows and in which order. Every filter is optional.
 *
 * @param nameContains only products whose name contains this text, ignoring case
 * @param active only products that are (or are not) active
 * @param minPrice only products priced at least this amount
 * @param maxPrice only products priced at most this amount
 * @param sortBy {@code name}, {@code price} or {@code sku}; ties are broken by SKU
 * @param ascending whether the order is ascending
 */
public record ProductQuery(@Nullable String nameContains, @Nullable Boolean active, @Nullable BigDecimal minPrice,
		@Nullable BigDecimal maxPrice, String sortBy, boolean ascending) {

	/** The filters as a JPA specification. */
	public Specification<Product> specification() {
		return (root, query, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.nameContains != null && !this.nameContains.isBlank()) {
				predicates.add(builder.like(builder.lower(root.get("name")), likePattern(this.nameContains), '\\'));
			}
			if (this.active != null) {
				predicates.add(builder.equal(root.get("active"), this.active));
			}
			if (this.minPrice != null) {
				predicates.add(builder.greaterThanOrEqualTo(root.get("priceAmount"), this.minPrice));
			}
			if (this.maxPrice != null) {
				predicates.add(builder.lessThanOrEqualTo(root.get("priceAmount"), this.maxPrice));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

	/** The order, with the SKU as the last key so that pages are stable. */
	public Sort sort() {
		String property = switch (this.sortBy) {
			case "price" -> "priceAmount";
			case "sku" -> "sku";
			default -> "name";
		};
		Sort.Direction direction = this.ascending ? Sort.Direction.ASC : Sort.Direction.DESC;
		Sort sort = Sort.by(direction, property);
		return "sku".equals(property) ? sort : sort.and(Sort.by(direction, "sku"));
	}

	private static String likePattern(String text) {
		String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
