package dev.carve.adapters.orders;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * A process in the tests: with orders in-process it is the provider, together with the
 * catalog, inventory and payments modules that placing an order goes through; with
 * {@code carve.modules.orders.mode} set to grpc or http it is a consumer.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class OrdersTestApplication {

}
