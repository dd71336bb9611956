package dev.carve.adapters.payments;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import dev.carve.adapters.testkit.ModeProcesses;
import dev.carve.adapters.testkit.PublicApi;
import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.runtime.module.ModuleMode;
import dev.carve.testkit.ModuleProcess;
import dev.carve.testkit.TestTokens;
import tools.jackson.databind.json.JsonMapper;

/**
 * The processes the payments tests share, started once per test JVM: the provider
 * (payments in-process, on PostgreSQL, its simulated provider declining amounts above
 * {@value #DECLINE_ABOVE}) and one consumer per remote mode.
 */
final class PaymentsProcesses {

	static final TestTokens TOKENS = TestTokens.create();

	/**
	 * The consumers' deadline per gateway call: longer than the default, because a
	 * client's first call warms it up on a build machine that other builds share.
	 */
	private static final String DEADLINE = "10s";

	/** The simulated provider declines every authorization above this amount. */
	static final String DECLINE_ABOVE = "1000.00";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ModeProcesses<PaymentGateway> PROCESSES = ModeProcesses
		.of(PaymentsTestApplication.class, TOKENS, "payments", PaymentGateway.class)
		.withProvider("shop.payments.simulator.decline-above=" + DECLINE_ABOVE)
		.withConsumers((provider) -> List.of("carve.modules.payments.client.deadline=" + DEADLINE));

	private static final PublicApi API = PROCESSES.providerApi();

	private PaymentsProcesses() {
	}

	static ModuleProcess provider() {
		return PROCESSES.provider();
	}

	static PaymentGateway gateway(ModuleMode mode) {
		return PROCESSES.gateway(mode);
	}

	/**
	 * An order's payment as the provider's public API shows it to an administrator
	 * ({@code {"id", "orderId", "amount", "status"}}), or {@code null} when the order has
	 * none (404).
	 */
	static String payment(UUID orderId) {
		HttpResponse<String> response = API.send("GET", "/api/v1/payments/" + orderId, TOKENS.admin(UUID.randomUUID()),
				null);
		return switch (response.statusCode()) {
			case 200 -> response.body();
			case 404 -> null;
			default -> throw new IllegalStateException(
					"GET " + response.uri() + " answered " + response.statusCode() + ": " + response.body());
		};
	}

	/** The status of an order's payment, read through the provider's public API. */
	static String status(UUID orderId) {
		return member(orderId, "status");
	}

	/** The id of an order's payment, read through the provider's public API. */
	static UUID paymentId(UUID orderId) {
		return UUID.fromString(member(orderId, "id"));
	}

	private static String member(UUID orderId, String name) {
		String body = payment(orderId);
		if (body == null) {
			throw new IllegalStateException("Order " + orderId + " has no payment");
		}
		return JSON.readTree(body).path(name).asString();
	}

}
