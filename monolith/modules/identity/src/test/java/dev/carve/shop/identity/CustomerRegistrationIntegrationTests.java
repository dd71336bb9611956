package dev.carve.shop.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.carve.contracts.identity.CustomerRegistered;
import dev.carve.shop.identity.Api.Reply;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithPostgres
class CustomerRegistrationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.port, this.json);
	}

	@Test
	void signUpStoresTheCustomerWithABcryptHashAndAnswersWhereItIs() {
		String email = Api.newEmail();
		Reply reply = this.api.post("/api/v1/identity/customers",
				Map.of("email", email.toUpperCase(), "password", Api.PASSWORD, "name", "Ada Lovelace"));

		assertThat(reply.status()).isEqualTo(201);
		String id = reply.text("id");
		assertThat(reply.headers().firstValue("Location")).hasValue("/api/v1/identity/customers/" + id);
		assertThat(reply.text("email")).isEqualTo(email);
		assertThat(reply.text("name")).isEqualTo("Ada Lovelace");
		Map<String, Object> row = this.jdbc.queryForMap(
				"SELECT email, name, password_hash, array_to_string(roles, ',') AS roles FROM identity.customers WHERE id = ?",
				UUID.fromString(id));
		assertThat(row).containsEntry("email", email).containsEntry("name", "Ada Lovelace");
		assertThat(row).containsEntry("roles", "CUSTOMER");
		String hash = (String) row.get("password_hash");
		assertThat(hash).startsWith("$2").doesNotContain(Api.PASSWORD);
		assertThat(new BCryptPasswordEncoder().matches(Api.PASSWORD, hash)).isTrue();
	}

	@Test
	void signUpPublishesCustomerRegisteredThroughTheOutbox() {
		String email = Api.newEmail();
		String id = this.api.signUp(email).text("id");

		Map<String, Object> event = this.jdbc
			.queryForMap("SELECT event_type, payload FROM identity.outbox WHERE aggregate_key = ?", id);
		assertThat(event.get("event_type")).isEqualTo(CustomerRegistered.class.getName());
		JsonNode payload = this.json.readTree((String) event.get("payload"));
		assertThat(payload.path("customerId").asString()).isEqualTo(id);
		assertThat(payload.path("email").asString()).isEqualTo(email);
		assertThat(payload.path("name").asString()).isEqualTo("Ada");
	}

	@Test
	void aSecondSignUpWithTheSameAddressInAnyCaseIsAConflict() {
		String email = Api.newEmail();
		this.api.signUp(email);

		Reply reply = this.api.post("/api/v1/identity/customers",
				Map.of("email", email.toUpperCase(), "password", Api.PASSWORD, "name", "Someone else"));

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.text("type")).isEqualTo("urn:carve:problem:email-taken");
		assertThat(reply.text("detail")).contains(email);
		assertThat(reply.text("errorId")).isNotBlank();
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM identity.customers WHERE email = ?", Long.class, email))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM identity.outbox o JOIN identity.customers c"
				+ " ON o.aggregate_key = c.id::text WHERE c.email = ?", Long.class, email))
			.isEqualTo(1);
	}

	@Test
	void invalidFieldsAreRefusedNamingEachField() {
		Reply reply = this.api.post("/api/v1/identity/customers",
				Map.of("email", "not-an-address", "password", "short", "name", " "));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.text("type")).isEqualTo("urn:carve:problem:validation-failed");
		assertThat(fields(reply)).containsExactlyInAnyOrder("email", "password", "name");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM identity.customers WHERE email = 'not-an-address'",
				Long.class))
			.isZero();
	}

	@Test
	void aPasswordBcryptCannotHoldIsRefusedNamingThePassword() {
		Reply reply = this.api.post("/api/v1/identity/customers",
				Map.of("email", Api.newEmail(), "password", "ü".repeat(37), "name", "Ada"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("password");
	}

	@Test
	void theAccountBehindLocationIsVisibleToItsOwnerOnly() {
		String email = Api.newEmail();
		String location = this.api.signUp(email).headers().firstValue("Location").orElseThrow();
		String own = this.api.login(email, Api.PASSWORD).expect(200).text("accessToken");
		String other = Api.newEmail();
		this.api.signUp(other);
		String someoneElse = this.api.login(other, Api.PASSWORD).expect(200).text("accessToken");

		assertThat(this.api.get(location, own).expect(200).text("email")).isEqualTo(email);
		Reply forbidden = this.api.get(location, someoneElse);
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.text("type")).isEqualTo("urn:carve:problem:forbidden");
	}

	private static List<String> fields(Reply reply) {
		List<String> fields = new ArrayList<>();
		reply.body().path("errors").forEach((error) -> fields.add(error.path("field").asString()));
		return fields;
	}

}
