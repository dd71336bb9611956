package dev.carve.shop.payments.internal;

import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The refunds paid on captured payments. */
public interface Refunds extends Repository<Refund, UUID> {

	/** Records a refund. */
	Refund save(Refund refund);

}
