package dev.carve.shop.catalog.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** All products, keyed by SKU. */
public interface Products extends JpaRepository<Product, String>, JpaSpecificationExecutor<Product> {

	/**
	 * The products of the SKUs that exist, read in one statement. Joins the caller's
	 * transaction where there is one, and opens none of its own: a quote is one read, and
	 * a transaction around it would cost a second round trip to the database (its commit)
	 * on every remote call of the gateway (ADR 15).
	 * @param skus the SKUs
	 * @return their products, in no particular order
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	List<Product> findAllById(Iterable<String> skus);

}
