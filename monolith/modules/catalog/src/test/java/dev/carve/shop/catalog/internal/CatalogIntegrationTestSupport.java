package dev.carve.shop.catalog.internal;

import dev.carve.testkit.TestTokens;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The application over real HTTP and a real database, with the catalog's HTTP API at
 * hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithPostgres
abstract class CatalogIntegrationTestSupport {

	@Autowired
	RestTestClient client;

	@Autowired
	TestTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	CatalogApi api;

	@BeforeEach
	void api() {
		this.api = new CatalogApi(this.client, this.tokens);
	}

}
