package dev.carve.endtoend;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The monolith as the tests run it: every module and every adapter on the class path,
 * which of them run here decided by {@code carve.modules.<module>.mode} alone.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class MixedShopApplication {

}
