package dev.carve.adapters.identity;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * A process in the tests: with identity in-process it is the provider, with
 * {@code carve.modules.identity.mode} set to grpc or http it is a consumer.
 *
 * <p>
 * {@code ModuleProcess} gives every process a {@code TestTokens} decoder as a fallback.
 * Where identity runs, the module's own decoder decides, as in production: the provider
 * accepts only tokens signed with identity's own key, which the tests get by logging in
 * through identity's API.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class IdentityTestApplication {

}
