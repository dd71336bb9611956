package dev.carve.shop.notifications;

import dev.carve.testkit.TestTokensConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The notifications module alone, for its integration tests: tokens come from a test
 * issuer instead of the identity module.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(TestTokensConfiguration.class)
class NotificationsTestApplication {

}
