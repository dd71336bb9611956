package dev.carve.shop.inventory;

import dev.carve.testkit.TestTokensConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** Boots the inventory module alone, trusting the tokens of a test issuer. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(TestTokensConfiguration.class)
class InventoryTestApplication {

}
