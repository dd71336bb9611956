package dev.carve.shop.orders;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The orders HTTP API as a customer calls it, over real HTTP, with answers as status,
 * headers and JSON body.
 */
public final class OrdersApi {

	private final RestTestClient client;

	public OrdersApi(RestTestClient client) {
		this.client = client;
	}

	/** Places an order as the customer; {@code body} is the JSON request body. */
	public Reply place(UUID customerId, String body) {
		return reply(this.client.post()
			.uri("/api/v1/orders")
			.header(HttpHeaders.AUTHORIZATION, bearer(customerId))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.returnResult(JsonNode.class));
	}

	/** Places an order of one line as the customer. */
	public Reply place(UUID customerId, String sku, int quantity) {
		return place(customerId, "{\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}]}");
	}

	/** GETs a path as the customer. */
	public Reply get(UUID customerId, String path) {
		return reply(this.client.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer(customerId))
			.exchange()
			.returnResult(JsonNode.class));
	}

	/** POSTs to a path without a body as the customer. */
	public Reply post(UUID customerId, String path) {
		return reply(this.client.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer(customerId))
			.exchange()
			.returnResult(JsonNode.class));
	}

	private static String bearer(UUID customerId) {
		return "Bearer " + OrdersTestApplication.tokens.customer(customerId);
	}

	private static Reply reply(EntityExchangeResult<JsonNode> result) {
		return new Reply(result.getStatus().value(), result.getResponseHeaders(), result.getResponseBody());
	}

	/**
	 * One answer.
	 *
	 * @param status the HTTP status
	 * @param headers the response headers
	 * @param body the JSON body, if there was one
	 */
	public record Reply(int status, HttpHeaders headers, @Nullable JsonNode body) {

		/** The body, which must be there. */
		public JsonNode json() {
			if (this.body == null) {
				throw new AssertionError("No body in a " + this.status + " answer");
			}
			return this.body;
		}

		/** The {@code id} member of the body, for an answer that is an order. */
		public UUID orderId() {
			return UUID.fromString(json().get("id").asString());
		}

	}

}
