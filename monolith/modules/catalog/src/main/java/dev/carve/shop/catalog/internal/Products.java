package dev.carve.shop.catalog.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** All products, keyed by SKU. */
public interface Products extends JpaRepository<Product, String>, JpaSpecificationExecutor<Product> {

}
