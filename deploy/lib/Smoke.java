import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order flow across the mixed topology, as a user drives it: sign up, a product in the
 * monolith's catalog, stock in inventory-service, an order placed at the monolith and
 * CONFIRMED, its payment CAPTURED in payments-service, its stock committed in
 * inventory-service, and the customer's notification. Prints each step; exits 1 at the first
 * that fails, with what was answered. Run by deploy/smoke, which passes the three base URLs
 * and the administrator's credentials.
 */
public final class Smoke {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final Duration EVENTUALLY = Duration.ofSeconds(60);

	public static void main(String[] args) throws Exception {
		if (args.length != 5) {
			System.err.println("usage: Smoke MONOLITH_URL INVENTORY_URL PAYMENTS_URL ADMIN_EMAIL ADMIN_PASSWORD");
			System.exit(2);
		}
		String monolith = args[0];
		String inventory = args[1];
		String payments = args[2];
		String admin = token(monolith, args[3], args[4]);

		String email = "smoke-" + UUID.randomUUID() + "@carve.local";
		expect("a customer signs up", send("POST", monolith + "/api/v1/identity/customers", null,
				"{\"email\":\"" + email + "\",\"password\":\"correct-horse-1\",\"name\":\"Smoke\"}"), 201);
		String customer = token(monolith, email, "correct-horse-1");

		String sku = "SMOKE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		expect("the administrator creates product " + sku + " in the monolith's catalog",
				send("POST", monolith + "/api/v1/catalog/products", admin, "{\"sku\":\"" + sku
						+ "\",\"name\":\"Smoke mug\",\"price\":{\"amount\":\"12.50\",\"currency\":\"EUR\"}}"),
				201);
		expect("the administrator puts 5 in stock in inventory-service",
				send("PUT", inventory + "/api/v1/inventory/stock/" + sku, admin, "{\"onHand\":5}"), 201);

		HttpResponse<String> order = send("POST", monolith + "/api/v1/orders", customer,
				"{\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":2}]}");
		expect("the customer orders 2 at the monolith", order, 201);
		String orderId = field(order.body(), "id");
		step("order " + orderId + " is CONFIRMED", "CONFIRMED".equals(field(order.body(), "status")), order);

		eventually("its payment is CAPTURED in payments-service",
				() -> send("GET", payments + "/api/v1/payments/" + orderId, admin, null),
				(response) -> response.statusCode() == 200 && "CAPTURED".equals(field(response.body(), "status")));
		eventually("its stock is committed in inventory-service (onHand 3, nothing reserved)",
				() -> send("GET", inventory + "/api/v1/inventory/stock/" + sku, admin, null),
				(response) -> response.statusCode() == 200 && response.body().matches(".*\"onHand\"\\s*:\\s*3\\b.*")
						&& response.body().matches(".*\"reserved\"\\s*:\\s*0\\b.*"));
		eventually("the customer has a notification about the order",
				() -> send("GET", monolith + "/api/v1/notifications", customer, null),
				(response) -> response.statusCode() == 200 && response.body().contains(orderId));
		System.out.println("Smoke test passed.");
	}

	private static String token(String monolith, String email, String password) throws Exception {
		HttpResponse<String> response = send("POST", monolith + "/api/v1/identity/tokens", null,
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
		expect(email + " logs in", response, 200);
		return field(response.body(), "accessToken");
	}

	private static HttpResponse<String> send(String method, String url, String token, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json)
					: HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void expect(String what, HttpResponse<String> response, int status) {
		step(what + " (" + response.statusCode() + ")", response.statusCode() == status, response);
	}

	private interface Call {

		HttpResponse<String> send() throws Exception;

	}

	private static void eventually(String what, Call call, Predicate<HttpResponse<String>> done) throws Exception {
		long deadline = System.nanoTime() + EVENTUALLY.toNanos();
		HttpResponse<String> last = call.send();
		while (!done.test(last) && System.nanoTime() < deadline) {
			Thread.sleep(500);
			last = call.send();
		}
		step(what, done.test(last), last);
	}

	private static void step(String what, boolean passed, HttpResponse<String> response) {
		if (passed) {
			System.out.println("ok      " + what);
			return;
		}
		System.out.println("FAILED  " + what);
		if (response != null) {
			System.out.println("        " + response.request().method() + " " + response.uri() + " answered "
					+ response.statusCode() + ": " + response.body());
		}
		System.exit(1);
	}

	/** The first string value of a top-level or nested JSON field; enough for these answers. */
	private static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
		return matcher.find() ? matcher.group(1) : null;
	}

}
