package dev.carve.shop.orders.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** All orders, in the {@code orders} schema. */
interface Orders extends JpaRepository<Order, UUID> {

	/** The order with this id if the customer placed it. */
	Optional<Order> findByIdAndCustomerId(UUID id, UUID customerId);

	/** A customer's orders, newest first. */
	Page<Order> findByCustomerIdOrderByCreatedAtDescIdDesc(UUID customerId, Pageable pageable);

}
