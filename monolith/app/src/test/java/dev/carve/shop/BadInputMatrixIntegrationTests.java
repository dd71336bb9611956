package dev.carve.shop;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Hostile input on every public and internal HTTP endpoint of the one jar: amounts with
 * huge exponents, NUL bytes, overlong strings, wrong types, encoded slashes. Each is
 * answered within a second with a problem that names what is wrong (its type, and the
 * field where there is one): never a 500, no stack trace, no class name, no SQL. After
 * each the shop still answers others.
 */
@ShopIntegrationTest
class BadInputMatrixIntegrationTests {

	private static final String ORDER = UUID.randomUUID().toString();

	private static final String HUGE = "1e20000000";

	@LocalServerPort
	int port;

	private ShopClient shop;

	/**
	 * One customer's and one administrator's token for every case: each sign-up and
	 * log-in hashes a password, which made them most of this suite's time.
	 */
	private static @Nullable String customer;

	private static @Nullable String admin;

	@BeforeEach
	void client() {
		this.shop = new ShopClient(this.port);
		if (customer == null) {
			customer = this.shop.newCustomer();
			admin = this.shop.admin();
		}
	}

	static Stream<Arguments> badInput() {
		return Stream.of(
				bad("payment amount with a huge exponent", "POST", "/internal/v1/payments/authorizations",
						authorization("{\"amount\":" + HUGE + ",\"currency\":\"EUR\"}"), 400, "amount.amount"),
				bad("payment amount with too many decimals", "POST", "/internal/v1/payments/authorizations",
						authorization("{\"amount\":12.345,\"currency\":\"EUR\"}"), 400, "amount.amount"),
				bad("negative payment amount", "POST", "/internal/v1/payments/authorizations",
						authorization("{\"amount\":-1,\"currency\":\"EUR\"}"), 400, "amount.amount"),
				bad("payment currency that is none", "POST", "/internal/v1/payments/authorizations",
						authorization("{\"amount\":1,\"currency\":\"EURO\"}"), 400, "amount.currency"),
				bad("payment without an order", "POST", "/internal/v1/payments/authorizations",
						"{\"customerId\":\"" + ORDER + "\",\"amount\":{\"amount\":1,\"currency\":\"EUR\"}}", 400,
						"orderId"),
				bad("payment order id of the wrong type", "POST", "/internal/v1/payments/authorizations",
						"{\"orderId\":42,\"customerId\":\"" + ORDER
								+ "\",\"amount\":{\"amount\":1,\"currency\":\"EUR\"}}",
						400, "orderId"),
				bad("capture of a payment id that is none", "POST", "/internal/v1/payments/x%00y/capture", null, 400,
						null),
				bad("product price with a huge exponent", "POST", "/api/v1/catalog/products",
						"{\"sku\":\"MATRIX-1\",\"name\":\"x\",\"price\":{\"amount\":" + HUGE
								+ ",\"currency\":\"EUR\"}}",
						400, "price.amount"),
				bad("product price as a huge string", "PUT", "/api/v1/catalog/products/MATRIX-1",
						"{\"name\":\"x\",\"price\":{\"amount\":\"" + HUGE + "\",\"currency\":\"EUR\"}}", 400,
						"price.amount"),
				bad("product name with a NUL byte", "POST", "/api/v1/catalog/products",
						"{\"sku\":\"MATRIX-2\",\"name\":\"a\\u0000b\",\"price\":{\"amount\":1,\"currency\":\"EUR\"}}",
						400, "name"),
				bad("overlong product name", "POST", "/api/v1/catalog/products",
						"{\"sku\":\"MATRIX-3\",\"name\":\"" + "n".repeat(5000)
								+ "\",\"price\":{\"amount\":1,\"currency\":\"EUR\"}}",
						400, "name"),
				bad("product SKU with an encoded NUL", "GET", "/api/v1/catalog/products/A%00B", null, 400, null),
				bad("product SKU with an encoded slash", "GET", "/api/v1/catalog/products/A%2FB", null, 400, null),
				bad("overlong product SKU", "GET", "/api/v1/catalog/products/" + "S".repeat(300), null, 400, "sku"),
				bad("product SKU with a space", "DELETE", "/api/v1/catalog/products/A%20B", null, 400, "sku"),
				bad("price filter with a huge exponent", "GET", "/api/v1/catalog/products?minPrice=" + HUGE, null, 400,
						"minPrice"),
				bad("search term with a NUL byte", "GET", "/api/v1/catalog/products?q=a%00b", null, 400, "q"),
				bad("page of the wrong type", "GET", "/api/v1/catalog/products?page=first", null, 400, "page"),
				bad("stock SKU with a space", "GET", "/api/v1/inventory/stock/A%20B", null, 400, "sku"),
				bad("stock of the wrong type", "PUT", "/api/v1/inventory/stock/MATRIX-4", "{\"onHand\":\"many\"}", 400,
						"onHand"),
				bad("stock with a huge exponent", "PUT", "/api/v1/inventory/stock/MATRIX-4",
						"{\"onHand\":" + HUGE + "}", 400, "onHand"),
				bad("order SKU with a NUL byte", "POST", "/api/v1/orders",
						"{\"lines\":[{\"sku\":\"A\\u0000B\",\"quantity\":1}]}", 400, "lines[0].sku"),
				bad("overlong order SKU", "POST", "/api/v1/orders",
						"{\"lines\":[{\"sku\":\"" + "S".repeat(5000) + "\",\"quantity\":1}]}", 400, "lines[0].sku"),
				bad("order quantity with a huge exponent", "POST", "/api/v1/orders",
						"{\"lines\":[{\"sku\":\"A\",\"quantity\":" + HUGE + "}]}", 400, "lines[0].quantity"),
				bad("order id that is none", "GET", "/api/v1/orders/not-an-id", null, 400, "id"),
				bad("order cancel with an encoded slash", "POST", "/api/v1/orders/a%2Fb/cancel", null, 400, null),
				bad("notification page size with a huge exponent", "GET", "/api/v1/notifications?size=" + HUGE, null,
						400, "size"),
				bad("payment of an order id that is none", "GET", "/api/v1/payments/%00", null, 400, null),
				bad("simulator latency with a huge exponent", "PUT", "/api/v1/payments/simulator",
						"{\"declineAll\":false,\"latencyMillis\":" + HUGE + "}", 400, "latencyMillis"),
				bad("quote of a SKU with a NUL byte", "POST", "/internal/v1/catalog/quotes", "[\"A\\u0000B\"]", 400,
						"skus[0]"),
				bad("quote of an overlong SKU", "POST", "/internal/v1/catalog/quotes",
						"[\"OK-1\",\"" + "S".repeat(5000) + "\"]", 400, "skus[1]"),
				bad("quote of the wrong type", "POST", "/internal/v1/catalog/quotes", "{\"skus\":1}", 400, null),
				bad("reservation of a SKU with a NUL byte", "POST", "/internal/v1/inventory/reservations",
						"{\"orderId\":\"" + ORDER + "\",\"lines\":[{\"sku\":\"A\\u0000\",\"quantity\":1}]}", 400,
						"lines[0].sku"),
				bad("reservation without lines", "POST", "/internal/v1/inventory/reservations",
						"{\"orderId\":\"" + ORDER + "\",\"lines\":[]}", 400, "lines"),
				bad("reservation quantity with a huge exponent", "POST", "/internal/v1/inventory/reservations",
						"{\"orderId\":\"" + ORDER + "\",\"lines\":[{\"sku\":\"A\",\"quantity\":" + HUGE + "}]}", 400,
						"lines[0].quantity"),
				bad("release of an order id that is none", "POST", "/internal/v1/inventory/reservations/x/release",
						null, 400, "orderId"),
				bad("status of an order id that is none", "GET", "/internal/v1/orders/x/status", null, 400, "orderId"),
				bad("customer id with an encoded slash", "GET", "/internal/v1/identity/customers/a%2Fb", null, 400,
						null),
				bad("sign-up name with a NUL byte", "POST", "/api/v1/identity/customers",
						"{\"email\":\"nul@carve.test\",\"password\":\"correct-horse-1\",\"name\":\"a\\u0000b\"}", 400,
						"name"),
				bad("overlong sign-up e-mail", "POST", "/api/v1/identity/customers",
						"{\"email\":\"" + "e".repeat(300)
								+ "@carve.test\",\"password\":\"correct-horse-1\",\"name\":\"A\"}",
						400, "email"),
				bad("overlong login e-mail", "POST", "/api/v1/identity/tokens",
						"{\"email\":\"" + "e".repeat(100_000) + "\",\"password\":\"x\"}", 400, "email"),
				bad("overlong login password", "POST", "/api/v1/identity/tokens",
						"{\"email\":\"a@carve.test\",\"password\":\"" + "p".repeat(5000) + "\"}", 400, "password"));
	}

	@ParameterizedTest
	@MethodSource("badInput")
	void isAProblemNamingWhatIsWrong(String method, String path, @Nullable String body, int status,
			@Nullable String field) {
		String token = Objects
			.requireNonNull(path.contains("/products") || path.contains("/stock/MATRIX") || path.contains("/simulator")
					? admin : customer);
		long started = System.nanoTime();
		Map<String, String> headers = path.startsWith("/internal/") ? this.shop.moduleCredential() : Map.of();
		ShopClient.Response response = this.shop.send(method, path, body, token, headers);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
		JsonNode problem = response.problem(status, (field != null) ? "validation-failed" : typeOf(response));
		assertThat(response.raw().body()).doesNotContainIgnoringCase("select ")
			.doesNotContain("dev.carve.")
			.doesNotContain("java.")
			.doesNotContain("org.")
			.doesNotContain("PSQL");
		if (field != null) {
			List<String> fields = problem.get("errors").valueStream().map((e) -> e.get("field").asString()).toList();
			assertThat(fields).contains(field);
		}
		this.shop.send("GET", "/api/v1/catalog/products", null, token).expect(200);
	}

	private static String typeOf(ShopClient.Response response) {
		String type = response.json().get("type").asString();
		assertThat(type).isIn("urn:carve:problem:malformed-request", "urn:carve:problem:validation-failed");
		return type.substring("urn:carve:problem:".length());
	}

	private static String authorization(String amount) {
		return "{\"orderId\":\"" + UUID.randomUUID() + "\",\"customerId\":\"" + UUID.randomUUID() + "\",\"amount\":"
				+ amount + "}";
	}

	private static Arguments bad(String name, String method, String path, @Nullable String body, int status,
			@Nullable String field) {
		return argumentSet(name, method, path, body, status, field);
	}

}
