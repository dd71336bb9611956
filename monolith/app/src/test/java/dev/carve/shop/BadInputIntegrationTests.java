package dev.carve.shop;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.carve.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on the real endpoints gets a problem response that names the problem: never a
 * 500, never a stack trace; the log line of the problem carries the request's trace id.
 */
@ShopIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class BadInputIntegrationTests {

	@LocalServerPort
	int port;

	private ShopClient shop;

	private String customer;

	@BeforeEach
	void customer() {
		this.shop = new ShopClient(this.port);
		this.customer = this.shop.newCustomer();
	}

	@Test
	void malformedJson() {
		this.shop.send("POST", "/api/v1/orders", "{\"lines\": [{\"sku\": ", this.customer)
			.problem(400, "malformed-json");
	}

	@Test
	void theProblemsLogLineShowsTheRequestsTraceId(CapturedOutput output) {
		String traceId = UUID.randomUUID().toString().replace("-", "");
		this.shop
			.send("POST", "/api/v1/orders", "{\"lines\": [", this.customer,
					Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"))
			.problem(400, "malformed-json");
		assertThat(output).containsPattern("\\[" + traceId + "-[0-9a-f]{16}\\] .*Problem errorId=.* status=400");
	}

	@Test
	void missingFields() {
		JsonNode problem = this.shop.send("POST", "/api/v1/orders", "{}", this.customer)
			.problem(400, "validation-failed");
		assertThat(fields(problem)).contains("lines");
	}

	@Test
	void wrongTypedField() {
		JsonNode problem = this.shop
			.send("POST", "/api/v1/orders", "{\"lines\": [{\"sku\": \"A-1\", \"quantity\": \"two\"}]}", this.customer)
			.problem(400, "validation-failed");
		assertThat(fields(problem)).containsExactly("lines[0].quantity");
	}

	@Test
	void zeroAndNegativeQuantities() {
		JsonNode problem = this.shop
			.send("POST", "/api/v1/orders",
					Map.of("lines", List.of(Map.of("sku", "A-1", "quantity", 0), Map.of("sku", "B-1", "quantity", -3))),
					this.customer)
			.problem(400, "validation-failed");
		assertThat(fields(problem)).containsExactlyInAnyOrder("lines[0].quantity", "lines[1].quantity");
	}

	@Test
	void unknownSku() {
		JsonNode problem = this.shop.order(this.customer, "NO-SUCH-SKU", 1).problem(404, "unknown-sku");
		assertThat(problem.get("detail").asString()).contains("NO-SUCH-SKU");
	}

	@Test
	void oversizedBody() {
		String huge = "{\"lines\": [{\"sku\": \"" + "A".repeat(2_000_000) + "\", \"quantity\": 1}]}";
		this.shop.send("POST", "/api/v1/orders", huge, this.customer).problem(413, "payload-too-large");
	}

	@Test
	void missingToken() {
		this.shop.send("GET", "/api/v1/orders", null, null).problem(401, "unauthenticated");
	}

	@Test
	void expiredToken() {
		String token = this.shop.send("GET", "/api/v1/identity/customers/me", null, this.customer)
			.expect(200)
			.json()
			.get("id")
			.asString();
		String expired = TestTokens.create().token(UUID.fromString(token), List.of("CUSTOMER"), Duration.ofMinutes(-1));
		this.shop.send("GET", "/api/v1/orders", null, expired).problem(401, "invalid-token");
	}

	@Test
	void forgedToken() {
		String forged = TestTokens.create().admin(UUID.randomUUID());
		this.shop.send("GET", "/api/v1/orders", null, forged).problem(401, "invalid-token");
		this.shop.send("GET", "/api/v1/orders", null, "not-a-jwt").problem(401, "invalid-token");
	}

	@Test
	void wrongRole() {
		this.shop
			.send("POST", "/api/v1/catalog/products",
					Map.of("sku", "ROLE-1", "name", "x", "price", Map.of("amount", "1.00", "currency", "EUR")),
					this.customer)
			.problem(403, "forbidden");
		this.shop.send("PUT", "/api/v1/inventory/stock/ROLE-1", Map.of("onHand", 5), this.customer)
			.problem(403, "forbidden");
	}

	private static List<String> fields(JsonNode problem) {
		return problem.get("errors").valueStream().map((error) -> error.get("field").asString()).toList();
	}

}
