package dev.carve.shop.catalog;

import dev.carve.testkit.TestTokensConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** Boots the catalog module alone, trusting the tokens of a test issuer. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(TestTokensConfiguration.class)
class CatalogTestApplication {

}
