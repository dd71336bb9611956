package dev.carve.adapters.catalog;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * A process in the tests: with catalog in-process it is the provider, with
 * {@code carve.modules.catalog.mode} set to grpc or http it is a consumer.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class CatalogTestApplication {

}
