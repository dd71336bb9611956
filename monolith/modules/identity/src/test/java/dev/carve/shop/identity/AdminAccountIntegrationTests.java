package dev.carve.shop.identity;

import java.util.Map;

import com.nimbusds.jwt.SignedJWT;
import dev.carve.shop.identity.Api.Reply;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test configuration sets {@code carve.identity.admin.email} to
 * {@code Admin@Carve.Test} and {@code carve.identity.admin.password} to
 * {@code admin-secret-1}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithPostgres
class AdminAccountIntegrationTests {

	private static final String ADMIN = "admin@carve.test";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void startUpCreatesTheConfiguredAdministrator() throws Exception {
		Map<String, Object> row = this.jdbc
			.queryForMap("SELECT array_to_string(roles, ',') AS roles FROM identity.customers WHERE email = ?", ADMIN);
		assertThat(row.get("roles")).isEqualTo("ADMIN,CUSTOMER");
		Api api = new Api(this.port, this.json);

		Reply login = api.login(ADMIN, "admin-secret-1");

		assertThat(login.status()).isEqualTo(200);
		assertThat(SignedJWT.parse(login.text("accessToken")).getJWTClaimsSet().getStringListClaim("roles"))
			.containsExactly("ADMIN", "CUSTOMER");
		String customer = api.signUp(Api.newEmail()).headers().firstValue("Location").orElseThrow();
		assertThat(api.get(customer, login.text("accessToken")).status()).isEqualTo(200);
	}

	@Test
	void anotherStartUpLeavesTheAdministratorAsItIs() throws Exception {
		String before = this.jdbc.queryForObject("SELECT id::text FROM identity.customers WHERE email = ?",
				String.class, ADMIN);

		this.context.getBean("identityAdminAccount", ApplicationRunner.class).run(new DefaultApplicationArguments());

		assertThat(
				this.jdbc.queryForList("SELECT id::text FROM identity.customers WHERE email = ?", String.class, ADMIN))
			.containsExactly(before);
	}

}
