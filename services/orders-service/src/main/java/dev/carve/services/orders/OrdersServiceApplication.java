package dev.carve.services.orders;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The orders module as a service of its own.
 *
 * <p>
 * There is deliberately no component scan: the module's beans come only from its own
 * auto-configuration, exactly as in the monolith, and the gateways of catalog, inventory
 * and payments from their adapters, remote as {@code carve.modules.<module>.mode} says.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class OrdersServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(OrdersServiceApplication.class, args);
	}

}
