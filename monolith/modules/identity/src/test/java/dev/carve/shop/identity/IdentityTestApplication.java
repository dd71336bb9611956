package dev.carve.shop.identity;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The identity module alone, for its integration tests. The module brings its own
 * {@code JwtDecoder}, so unlike other modules' tests this one declares none.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class IdentityTestApplication {

}
