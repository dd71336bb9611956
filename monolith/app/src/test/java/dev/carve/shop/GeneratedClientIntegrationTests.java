package dev.carve.shop;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carve.shop.client.ApiClient;
import dev.carve.shop.client.ApiException;
import dev.carve.shop.client.ApiResponse;
import dev.carve.shop.client.catalog.ProductsApi;
import dev.carve.shop.client.catalog.model.MoneyBody;
import dev.carve.shop.client.catalog.model.NewProduct;
import dev.carve.shop.client.catalog.model.ProductChange;
import dev.carve.shop.client.catalog.model.ProductView;
import dev.carve.shop.client.identity.CustomersApi;
import dev.carve.shop.client.identity.KeysApi;
import dev.carve.shop.client.identity.ServiceTokensApi;
import dev.carve.shop.client.identity.TokensApi;
import dev.carve.shop.client.identity.model.CustomerResponse;
import dev.carve.shop.client.identity.model.LoginRequest;
import dev.carve.shop.client.identity.model.RefreshRequest;
import dev.carve.shop.client.identity.model.SignUpRequest;
import dev.carve.shop.client.identity.model.TokenResponse;
import dev.carve.shop.client.inventory.StockApi;
import dev.carve.shop.client.inventory.model.StockChange;
import dev.carve.shop.client.notifications.NotificationsApi;
import dev.carve.shop.client.notifications.model.NotificationView;
import dev.carve.shop.client.orders.OrdersApi;
import dev.carve.shop.client.orders.model.Line;
import dev.carve.shop.client.orders.model.OrderView;
import dev.carve.shop.client.orders.model.PlaceOrderRequest;
import dev.carve.shop.client.payments.PaymentsApi;
import dev.carve.shop.client.payments.model.PaymentView;
import dev.carve.shop.client.payments.model.SimulatorSettings;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * A client generated from each module's public API document (openapi-generator, Java,
 * {@code native} library; see the plugin in this module's pom) calls the running shop as
 * a user would — the README's walk-through, and the refusals on the way — and reads every
 * answer, 201s and problems included, with a mapper that refuses members the documents do
 * not declare. {@link DocumentedResponses} fails any call whose status, media type or
 * required headers its document does not list.
 */
@ShopIntegrationTest
class GeneratedClientIntegrationTests {

	private static final Class<?> IDENTITY = dev.carve.shop.client.identity.model.ProblemDetail.class;

	private static final Class<?> CATALOG = dev.carve.shop.client.catalog.model.ProblemDetail.class;

	private static final Class<?> INVENTORY = dev.carve.shop.client.inventory.model.ProblemDetail.class;

	private static final Class<?> ORDERS = dev.carve.shop.client.orders.model.ProblemDetail.class;

	private static final Class<?> PAYMENTS = dev.carve.shop.client.payments.model.ProblemDetail.class;

	private static final Class<?> NOTIFICATIONS = dev.carve.shop.client.notifications.model.ProblemDetail.class;

	private static final ObjectMapper strict = ApiClient.createDefaultObjectMapper()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private final DocumentedResponses documents = DocumentedResponses.ofContracts();

	@LocalServerPort
	int port;

	@Test
	void identityAnswersAsDocumented() throws ApiException {
		String email = "generated-" + UUID.randomUUID() + "@carve.test";
		CustomersApi anonymous = new CustomersApi(client(null));
		ApiResponse<CustomerResponse> signedUp = anonymous
			.signUpWithHttpInfo(new SignUpRequest().email(email).password("correct-horse-1").name("Ada"));
		assertThat(signedUp.getStatusCode()).isEqualTo(201);
		assertThat(signedUp.getHeaders().get("location")).singleElement()
			.asString()
			.endsWith("/api/v1/identity/customers/" + signedUp.getData().getId());
		problem(IDENTITY, 409, "email-taken",
				() -> anonymous.signUp(new SignUpRequest().email(email).password("correct-horse-1").name("Ada")));
		problem(IDENTITY, 401, "unauthenticated", anonymous::me);

		TokensApi tokens = new TokensApi(client(null));
		problem(IDENTITY, 401, "invalid-credentials",
				() -> tokens.login(new LoginRequest().email(email).password("wrong-horse-1")));
		TokenResponse session = tokens.login(new LoginRequest().email(email).password("correct-horse-1"));
		CustomersApi customer = new CustomersApi(client(session.getAccessToken()));
		assertThat(customer.me().getEmail()).isEqualTo(email);
		assertThat(customer.customer(signedUp.getData().getId()).getName()).isEqualTo("Ada");
		problem(IDENTITY, 403, "forbidden", () -> customer.customer(UUID.randomUUID()));
		TokenResponse next = tokens.refresh(new RefreshRequest().refreshToken(session.getRefreshToken()));
		assertThat(next.getAccessToken()).isNotBlank();
		problem(IDENTITY, 401, "invalid-refresh-token",
				() -> tokens.refresh(new RefreshRequest().refreshToken(session.getRefreshToken())));
		assertThat(new KeysApi(client(null)).jwks()).containsKey("keys");

		ServiceTokensApi serviceTokens = new ServiceTokensApi(client(null));
		assertThat(
				serviceTokens.issue("client_credentials", null, ShopClient.ORDERS_CLIENT_ID, ShopClient.CLIENT_SECRET)
					.getAccessToken())
			.isNotBlank();
		problem(IDENTITY, 401, "invalid-client",
				() -> serviceTokens.issue("client_credentials", null, ShopClient.ORDERS_CLIENT_ID, "not-the-secret"));
	}

	@Test
	void catalogAndStockAnswerAsDocumented() throws ApiException {
		ProductsApi products = new ProductsApi(client(admin()));
		String sku = newSku();
		ApiResponse<ProductView> created = products.createWithHttpInfo(product(sku, "4.50"));
		assertThat(created.getStatusCode()).isEqualTo(201);
		assertThat(created.getHeaders().get("location")).singleElement()
			.asString()
			.endsWith("/api/v1/catalog/products/" + sku);
		problem(CATALOG, 409, "product-exists", () -> products.create(product(sku, "4.50")));
		namesField(problem(CATALOG, 400, "validation-failed", () -> products.create(product(sku, "-1"))),
				"price.amount");
		problem(CATALOG, 403, "forbidden", () -> new ProductsApi(client(customer())).create(product(newSku(), "1.00")));
		problem(CATALOG, 404, "product-not-found", () -> products.get("NO-SUCH-" + newSku()));
		assertThat(
				products.update(sku, new ProductChange().name("Renamed").price(money("5.00")).active(true)).getName())
			.isEqualTo("Renamed");
		assertThat(products.callList(0, 5, "name", "asc", "Renamed", null, null, null).getItems())
			.extracting(ProductView::getSku)
			.contains(sku);
		assertThat(products.deactivateWithHttpInfo(sku).getStatusCode()).isEqualTo(204);
		assertThat(products.get(sku).getActive()).isFalse();

		StockApi stock = new StockApi(client(admin()));
		assertThat(stock.set(sku, new StockChange().onHand(7)).getOnHand()).isEqualTo(7);
		assertThat(new StockApi(client(customer())).get(sku).getAvailable()).isEqualTo(7);
		problem(INVENTORY, 404, "stock-not-found", () -> stock.get(newSku()));
		namesField(problem(INVENTORY, 400, "validation-failed", () -> stock.set(sku, new StockChange().onHand(-1))),
				"onHand");
	}

	@Test
	void walkThroughAnswersAsDocumented() throws ApiException {
		String sku = newSku();
		new ProductsApi(client(admin())).create(product(sku, "12.50"));
		new StockApi(client(admin())).set(sku, new StockChange().onHand(10));
		String token = customer();
		OrdersApi orders = new OrdersApi(client(token));

		ApiResponse<OrderView> placed = orders.placeWithHttpInfo(order(sku, 3));
		assertThat(placed.getStatusCode()).isEqualTo(201);
		OrderView order = placed.getData();
		assertThat(order.getStatus()).isEqualTo(OrderView.StatusEnum.CONFIRMED);
		assertThat(order.getTotal().getAmount()).isEqualByComparingTo("37.50");
		assertThat(placed.getHeaders().get("location")).singleElement()
			.asString()
			.endsWith("/api/v1/orders/" + order.getId());
		assertThat(orders.find(order.getId()).getStatus()).isEqualTo(OrderView.StatusEnum.CONFIRMED);
		assertThat(orders.history(0, 20).getItems()).extracting(OrderView::getId).contains(order.getId());
		problem(ORDERS, 404, "order-not-found", () -> orders.find(UUID.randomUUID()));
		problem(ORDERS, 404, "unknown-sku", () -> orders.place(order("NO-SUCH-" + newSku(), 1)));
		problem(ORDERS, 409, "out-of-stock", () -> orders.place(order(sku, 1000)));
		namesField(
				problem(ORDERS, 400, "validation-failed", () -> orders.place(new PlaceOrderRequest().lines(List.of()))),
				"lines");

		PaymentsApi payments = new PaymentsApi(client(token));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(payments.payment(order.getId()).getStatus())
				.isEqualTo(PaymentView.StatusEnum.CAPTURED));
		problem(PAYMENTS, 404, "payment-not-found", () -> payments.payment(UUID.randomUUID()));
		problem(PAYMENTS, 403, "forbidden",
				() -> payments.update(new SimulatorSettings().declineAll(false).latencyMillis(0L)));
		problem(PAYMENTS, 400, "validation-failed", () -> new PaymentsApi(client(admin()))
			.update(new SimulatorSettings().declineAll(false).latencyMillis(-1L)));
		String expensive = newSku();
		new ProductsApi(client(admin())).create(product(expensive, "600.00"));
		new StockApi(client(admin())).set(expensive, new StockChange().onHand(5));
		problem(ORDERS, 402, "payment-declined", () -> orders.place(order(expensive, 2)));

		NotificationsApi notifications = new NotificationsApi(client(token));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(notifications.callList(0, 20).getItems()).extracting(NotificationView::getKind)
						.contains(NotificationView.KindEnum.ORDER_CONFIRMED));
		problem(NOTIFICATIONS, 400, "validation-failed", () -> notifications.callList(0, 0));

		assertThat(orders.cancel(order.getId()).getStatus()).isEqualTo(OrderView.StatusEnum.CANCELLED);
		problem(ORDERS, 409, "order-not-cancellable", () -> orders.cancel(order.getId()));
	}

	@Test
	void aStatusTheDocumentDoesNotListFailsTheCall() {
		OrdersApi orders = new OrdersApi(
				client(customer(), this.documents.without("/api/v1/orders/{id}", "get", "404")));
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> orders.find(UUID.randomUUID()))
			.withMessageContaining("GET /api/v1/orders/")
			.withMessageContaining("answered 404, which its document does not list");
	}

	private ApiClient client(@Nullable String token) {
		return client(token, this.documents);
	}

	private ApiClient client(@Nullable String token, DocumentedResponses documented) {
		ApiClient client = new ApiClient(HttpClient.newBuilder(), strict, "http://localhost:" + this.port);
		client.setResponseInterceptor(documented);
		if (token != null) {
			client.setRequestInterceptor((request) -> request.header("Authorization", "Bearer " + token));
		}
		return client;
	}

	private String admin() {
		return new ShopClient(this.port).admin();
	}

	private String customer() {
		return new ShopClient(this.port).newCustomer();
	}

	/**
	 * The problem a call answers, read into the problem model generated from its module's
	 * document.
	 */
	private static Object problem(Class<?> model, int status, String code, ThrowingCallable call) {
		ApiException failure = null;
		try {
			call.call();
		}
		catch (ApiException ex) {
			failure = ex;
		}
		catch (Throwable ex) {
			throw new AssertionError("expected a " + status + " " + code + " problem", ex);
		}
		assertThat(failure).as("expected a %s %s problem", status, code).isNotNull();
		assertThat(failure.getCode()).as(failure.getResponseBody()).isEqualTo(status);
		Object problem;
		try {
			problem = strict.readValue(failure.getResponseBody(), model);
		}
		catch (JacksonException ex) {
			throw new AssertionError(
					"the " + status + " problem does not match its schema: " + failure.getResponseBody(), ex);
		}
		assertThat(problem).extracting("type").hasToString("urn:carve:problem:" + code);
		assertThat(problem).extracting("status").isEqualTo(status);
		assertThat(problem).extracting("errorId", InstanceOfAssertFactories.STRING).isNotBlank();
		return problem;
	}

	/** A validation problem names the field in its errors. */
	private static void namesField(Object problem, String field) {
		assertThat(problem).extracting("errors", InstanceOfAssertFactories.LIST).extracting("field").contains(field);
	}

	private static String newSku() {
		return "GEN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	private static NewProduct product(String sku, String price) {
		return new NewProduct().sku(sku).name("Product " + sku).price(money(price));
	}

	private static MoneyBody money(String amount) {
		return new MoneyBody().amount(new BigDecimal(amount)).currency("EUR");
	}

	private static PlaceOrderRequest order(String sku, int quantity) {
		return new PlaceOrderRequest().lines(List.of(new Line().sku(sku).quantity(quantity)));
	}

}
