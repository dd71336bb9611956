package dev.carve.benchmarks.orderflow;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a user of the shop does over its public API, with one pooled HTTP/1.1 client.
 * Every call that does not answer the expected status fails with the answer.
 */
public final class ShopClient implements AutoCloseable {

	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/**
	 * Signs a customer up and logs in.
	 * @param base the URL of the process that runs identity
	 * @param email the customer's e-mail address
	 * @return the customer's access token
	 */
	public String newCustomer(String base, String email) throws IOException, InterruptedException {
		send(base, "POST", "/api/v1/identity/customers",
				"{\"email\":\"" + email + "\",\"password\":\"correct-horse-1\",\"name\":\"Ada\"}", null, 201);
		return login(base, email, "correct-horse-1");
	}

	public String login(String base, String email, String password) throws IOException, InterruptedException {
		String body = send(base, "POST", "/api/v1/identity/tokens",
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null, 200);
		Matcher token = ACCESS_TOKEN.matcher(body);
		if (!token.find()) {
			throw new IllegalStateException("No access token in " + body);
		}
		return token.group(1);
	}

	public void createProduct(String base, String admin, String sku) throws IOException, InterruptedException {
		send(base, "POST", "/api/v1/catalog/products",
				"{\"sku\":\"" + sku
						+ "\",\"name\":\"Benchmark mug\",\"price\":{\"amount\":\"12.50\",\"currency\":\"EUR\"}}",
				admin, 201);
	}

	/** Puts units of a SKU that has no stock yet on hand. */
	public void setStock(String base, String admin, String sku, int onHand) throws IOException, InterruptedException {
		send(base, "PUT", "/api/v1/inventory/stock/" + sku, "{\"onHand\":" + onHand + "}", admin, 201);
	}

	/**
	 * Places an order for one unit of a product, which must be confirmed.
	 * @param base the URL of the process that runs orders
	 * @param customer the customer's token
	 * @param sku the product
	 */
	public void placeOrder(String base, String customer, String sku) throws IOException, InterruptedException {
		String body = send(base, "POST", "/api/v1/orders", "{\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}",
				customer, 201);
		if (!body.contains("\"CONFIRMED\"")) {
			throw new IllegalStateException("Order not confirmed: " + body);
		}
	}

	/**
	 * Reads what an operator reads, such as {@code /actuator/metrics/<name>}.
	 * @param base the URL of the process
	 * @param path the path, with its query
	 * @param operator an operator's token
	 * @return the body of its {@code 200} answer
	 */
	public String read(String base, String path, String operator) throws IOException, InterruptedException {
		return send(base, "GET", path, null, operator, 200);
	}

	private String send(String base, String method, String path, @Nullable String json, @Nullable String token,
			int expected) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ", not "
					+ expected + ": " + response.body());
		}
		return response.body();
	}

	@Override
	public void close() {
		this.http.close();
	}

}
