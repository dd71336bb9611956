package dev.carve.adapters.payments;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * A process in the tests: with payments in-process it is the provider, with
 * {@code carve.modules.payments.mode} set to grpc or http it is a consumer.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class PaymentsTestApplication {

}
