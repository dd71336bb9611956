package dev.carve.shop;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.carve.testkit.WithPostgres;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole monolith on a random port with a real PostgreSQL database. Every test class
 * with this annotation shares one application context.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
@SpringBootTest(classes = CarveApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "carve.identity.admin.email=" + ShopClient.ADMIN_EMAIL,
				"carve.identity.admin.password=" + ShopClient.ADMIN_PASSWORD, "carve.events.relay.poll-interval=50ms",
				"carve.events.relay.initial-backoff=100ms", "shop.payments.simulator.decline-above=1000.00",
				"spring.grpc.server.port=0", "shop.orders.recovery.pending-after=30s",
				"shop.orders.recovery.interval=500ms", "shop.payments.reconciliation.unsettled-after=30s",
				"shop.payments.reconciliation.interval=500ms", "shop.identity.sign-up.per-address=1000",
				"shop.identity.sign-up.total=1000",
				"shop.identity.service-tokens.clients.orders.client-id=" + ShopClient.ORDERS_CLIENT_ID,
				"shop.identity.service-tokens.clients.orders.secret=" + ShopClient.CLIENT_SECRET,
				"shop.identity.service-tokens.clients.orders.may-call=catalog,inventory,payments",
				"shop.identity.service-tokens.clients.prometheus.secret=" + ShopClient.CLIENT_SECRET,
				"shop.identity.service-tokens.clients.prometheus.may-call=operations",
				"shop.identity.service-tokens.clients.gateways.secret=" + ShopClient.CLIENT_SECRET,
				"shop.identity.service-tokens.clients.gateways.may-call=identity,catalog,inventory,orders,payments" })
@WithPostgres
public @interface ShopIntegrationTest {

}
