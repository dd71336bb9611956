package dev.carve.adapters.payments;

import java.util.UUID;

import dev.carve.adapters.testkit.ContractModes;
import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentDeclinedException;
import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.contracts.payments.PaymentNotFoundException;
import dev.carve.contracts.payments.PaymentRequestConflictException;
import dev.carve.contracts.payments.PaymentStateException;
import dev.carve.kernel.Money;
import dev.carve.runtime.module.ModuleMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What every {@link PaymentGateway} does, whatever carries the call. Run once per mode
 * ({@code [in-process]}, {@code [grpc]}, {@code [http]}), each run against the real
 * payments module on PostgreSQL with its simulated provider; the calls are made on behalf
 * of a signed-in customer, whose token remote modes relay. Payments are read back through
 * the module's public API as an administrator.
 */
@ParameterizedClass(name = ContractModes.NAME)
@MethodSource(ContractModes.EVERY)
class PaymentGatewayContractTests {

	private static final Money AMOUNT = Money.of("42.50", "EUR");

	private final ModuleMode mode;

	private PaymentGateway payments;

	private UUID customerId;

	PaymentGatewayContractTests(ModuleMode mode) {
		this.mode = mode;
	}

	@BeforeEach
	void signIn() {
		this.customerId = UUID.randomUUID();
		String token = PaymentsProcesses.TOKENS.customer(this.customerId);
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(PaymentsProcesses.TOKENS.decoder().decode(token)));
		this.payments = PaymentsProcesses.gateway(this.mode);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void authorizingHoldsTheAmountForTheOrder() {
		UUID orderId = UUID.randomUUID();
		PaymentAuthorization authorization = authorize(orderId, AMOUNT);
		assertThat(authorization.orderId()).isEqualTo(orderId);
		assertThat(authorization.amount()).isEqualTo(AMOUNT);
		assertThat(authorization.paymentId()).isEqualTo(PaymentsProcesses.paymentId(orderId));
		assertThat(PaymentsProcesses.status(orderId)).isEqualTo("AUTHORIZED");
	}

	@Test
	void authorizingAgainForTheOrderReturnsTheSamePayment() {
		UUID orderId = UUID.randomUUID();
		PaymentAuthorization first = authorize(orderId, AMOUNT);
		PaymentAuthorization again = authorize(orderId, AMOUNT);
		assertThat(again).isEqualTo(first);
		assertThat(PaymentsProcesses.status(orderId)).isEqualTo("AUTHORIZED");
	}

	@Test
	void authorizingAgainForTheOrderWithAnotherAmountOrCustomerIsAConflictAndTheFirstStands() {
		UUID orderId = UUID.randomUUID();
		PaymentAuthorization first = authorize(orderId, AMOUNT);
		assertThatExceptionOfType(PaymentRequestConflictException.class)
			.isThrownBy(() -> authorize(orderId, Money.of("0.01", "EUR")))
			.satisfies((conflict) -> {
				assertThat(conflict.code()).isEqualTo("payment-request-conflict");
				assertThat(conflict.properties()).containsEntry("orderId", orderId.toString());
			});
		assertThatExceptionOfType(PaymentRequestConflictException.class)
			.isThrownBy(() -> this.payments.authorize(new AuthorizePayment(orderId, UUID.randomUUID(), AMOUNT)));
		assertThat(authorize(orderId, AMOUNT)).isEqualTo(first);
		assertThat(PaymentsProcesses.status(orderId)).isEqualTo("AUTHORIZED");
	}

	@Test
	void anAmountAboveTheProvidersLimitIsDeclinedAndNothingIsHeld() {
		UUID orderId = UUID.randomUUID();
		assertThatExceptionOfType(PaymentDeclinedException.class)
			.isThrownBy(() -> authorize(orderId, Money.of("1000.01", "EUR")))
			.satisfies((refusal) -> {
				assertThat(refusal.reason())
					.isEqualTo("the amount 1000.01 EUR is above the limit of " + PaymentsProcesses.DECLINE_ABOVE);
				assertThat(refusal.code()).isEqualTo("payment-declined");
				assertThat(refusal.properties()).containsEntry("orderId", orderId.toString())
					.containsEntry("reason", refusal.reason());
				assertThat(refusal.getMessage()).isEqualTo("Payment declined: " + refusal.reason());
			});
		assertThat(PaymentsProcesses.status(orderId)).isEqualTo("DECLINED");
	}

	@Test
	void anOrderWhosePaymentWasCancelledFirstIsDeclinedAndNothingIsHeld() {
		UUID orderId = UUID.randomUUID();
		this.payments.cancelForOrder(orderId);
		assertThatExceptionOfType(PaymentDeclinedException.class).isThrownBy(() -> authorize(orderId, AMOUNT))
			.satisfies((refusal) -> {
				assertThat(refusal.reason()).isEqualTo("the order's payment was cancelled");
				assertThat(refusal.code()).isEqualTo("payment-declined");
			});
		assertThat(PaymentsProcesses.payment(orderId)).isNull();
	}

	@Test
	void authorizingADeclinedOrderAgainIsDeclinedAgain() {
		UUID orderId = UUID.randomUUID();
		Money tooMuch = Money.of("2000.00", "EUR");
		assertThatExceptionOfType(PaymentDeclinedException.class).isThrownBy(() -> authorize(orderId, tooMuch));
		assertThatExceptionOfType(PaymentDeclinedException.class).isThrownBy(() -> authorize(orderId, tooMuch))
			.satisfies((refusal) -> assertThat(refusal.reason()).contains("above the limit"));
		assertThat(PaymentsProcesses.status(orderId)).isEqualTo("DECLINED");
	}

	@Test
	void capturingMovesTheMoneyAndCanBeRepeated() {
		UUID orderId = UUID.randomUUID();
		UUID paymentId = authorize(orderId, AMOUNT).paymentId();
		this.payments.capture(paymentId);
		this.payments.capture(paymentId);
		assertThat(PaymentsProcesses.status(orderId)).isEqualTo("CAPTURED");
	}

	@Test
	void capturingOrRefundingAnUnknownPaymentIsRefused() {
		UUID paymentId = UUID.randomUUID();
		assertThatExceptionOfType(PaymentNotFoundException.class).isThrownBy(() -> this.payments.capture(paymentId))
			.satisfies((refusal) -> {
				assertThat(refusal.code()).isEqualTo("payment-not-found");
				assertThat(refusal.properties()).containsEntry("paymentId", paymentId.toString());
			});
		assertThatExceptionOfType(PaymentNotFoundException.class).isThrownBy(() -> this.payments.refund(paymentId))
			.satisfies((refusal) -> assertThat(refusal.properties()).containsEntry("paymentId", paymentId.toString()));
	}

	@Test
	void capturingARefundedPaymentIsRefusedAndChangesNothing() {
		UUID orderId = UUID.randomUUID();
		UUID paymentId = authorize(orderId, AMOUNT).paymentId();
		this.payments.capture(paymentId);
		this.payments.refund(paymentId);
		assertThatExceptionOfType(PaymentStateException.class).isThrownBy(() -> this.payments.capture(paymentId))
			.satisfies((refusal) -> {
				assertThat(refusal.status()).isEqualTo("REFUNDED");
				assertThat(refusal.code()).isEqualTo("payment-state-conflict");
				assertThat(refusal.properties()).containsEntry("paymentId", paymentId.toString());
				assertThat(refusal.getMessage())
					.isEqualTo("Payment " + paymentId + " is REFUNDED and cannot become CAPTURED");
			});
		assertThat(PaymentsProcesses.status(orderId)).isEqualTo("REFUNDED");
	}

	@Test
	void capturingAVoidedOrDeclinedPaymentIsRefused() {
		UUID voidedOrder = UUID.randomUUID();
		UUID voided = authorize(voidedOrder, AMOUNT).paymentId();
		this.payments.refund(voided);
		UUID declinedOrder = UUID.randomUUID();
		assertThatExceptionOfType(PaymentDeclinedException.class)
			.isThrownBy(() -> authorize(declinedOrder, Money.of("5000.00", "EUR")));
		UUID declined = PaymentsProcesses.paymentId(declinedOrder);

		assertThatExceptionOfType(PaymentStateException.class).isThrownBy(() -> this.payments.capture(voided))
			.satisfies((refusal) -> assertThat(refusal.status()).isEqualTo("VOIDED"));
		assertThatExceptionOfType(PaymentStateException.class).isThrownBy(() -> this.payments.capture(declined))
			.satisfies((refusal) -> assertThat(refusal.status()).isEqualTo("DECLINED"));
		assertThat(PaymentsProcesses.status(voidedOrder)).isEqualTo("VOIDED");
		assertThat(PaymentsProcesses.status(declinedOrder)).isEqualTo("DECLINED");
	}

	@Test
	void refundingACapturedPaymentPaysItBackAndCanBeRepeated() {
		UUID orderId = UUID.randomUUID();
		UUID paymentId = authorize(orderId, AMOUNT).paymentId();
		this.payments.capture(paymentId);
		this.payments.refund(paymentId);
		this.payments.refund(paymentId);
		assertThat(PaymentsProcesses.status(orderId)).isEqualTo("REFUNDED");
	}

	@Test
	void refundingAnAuthorizedPaymentVoidsIt() {
		UUID orderId = UUID.randomUUID();
		UUID paymentId = authorize(orderId, AMOUNT).paymentId();
		this.payments.refund(paymentId);
		this.payments.refund(paymentId);
		assertThat(PaymentsProcesses.status(orderId)).isEqualTo("VOIDED");
	}

	@Test
	void cancellingForAnOrderVoidsItsAuthorizationAndCanBeRepeated() {
		UUID orderId = UUID.randomUUID();
		authorize(orderId, AMOUNT);
		this.payments.cancelForOrder(orderId);
		this.payments.cancelForOrder(orderId);
		assertThat(PaymentsProcesses.status(orderId)).isEqualTo("VOIDED");
	}

	@Test
	void cancellingForAnOrderRefundsItsCapturedPayment() {
		UUID orderId = UUID.randomUUID();
		this.payments.capture(authorize(orderId, AMOUNT).paymentId());
		this.payments.cancelForOrder(orderId);
		this.payments.cancelForOrder(orderId);
		assertThat(PaymentsProcesses.status(orderId)).isEqualTo("REFUNDED");
	}

	@Test
	void cancellingForAnOrderWithoutAHeldPaymentDoesNothing() {
		UUID neverAuthorized = UUID.randomUUID();
		UUID declined = UUID.randomUUID();
		assertThatExceptionOfType(PaymentDeclinedException.class)
			.isThrownBy(() -> authorize(declined, Money.of("1500.00", "EUR")));
		this.payments.cancelForOrder(neverAuthorized);
		this.payments.cancelForOrder(declined);
		assertThat(PaymentsProcesses.payment(neverAuthorized)).isNull();
		assertThat(PaymentsProcesses.status(declined)).isEqualTo("DECLINED");
	}

	private PaymentAuthorization authorize(UUID orderId, Money amount) {
		return this.payments.authorize(new AuthorizePayment(orderId, this.customerId, amount));
	}

}
