package dev.carve.adapters.payments;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.contracts.payments.v1.CancelForOrderRequest;
import dev.carve.contracts.payments.v1.CaptureRequest;
import dev.carve.contracts.payments.v1.PaymentServiceGrpc;
import dev.carve.contracts.payments.v1.PaymentServiceGrpc.PaymentServiceBlockingStub;
import dev.carve.contracts.payments.v1.RefundRequest;
import dev.carve.runtime.gateway.CallBudget;
import dev.carve.runtime.gateway.RemoteCalls;
import io.grpc.Channel;

/**
 * {@link PaymentGateway} over gRPC ({@code carve.payments.v1.PaymentService}). Every
 * method is idempotent by contract (authorizing per order), so every one is retried
 * within the call's deadline.
 */
public final class GrpcPaymentGateway implements PaymentGateway {

	private final PaymentServiceBlockingStub stub;

	private final RemoteCalls calls;

	/**
	 * Creates the gateway.
	 * @param channel the channel to the process that runs payments
	 * @param calls deadlines, retries, circuit breaker and failure translation
	 */
	public GrpcPaymentGateway(Channel channel, RemoteCalls calls) {
		this.stub = PaymentServiceGrpc.newBlockingStub(channel);
		this.calls = calls;
	}

	@Override
	public PaymentAuthorization authorize(AuthorizePayment request) {
		return this.calls.call("authorize", (budget) -> PaymentsMessages
			.fromMessage(stub(budget).authorize(PaymentsMessages.toMessage(request)).getAuthorization()));
	}

	@Override
	public void capture(UUID paymentId) {
		this.calls.run("capture", (budget) -> stub(budget)
			.capture(CaptureRequest.newBuilder().setPaymentId(paymentId.toString()).build()));
	}

	@Override
	public void refund(UUID paymentId) {
		this.calls.run("refund",
				(budget) -> stub(budget).refund(RefundRequest.newBuilder().setPaymentId(paymentId.toString()).build()));
	}

	@Override
	public void cancelForOrder(UUID orderId) {
		this.calls.run("cancelForOrder", (budget) -> stub(budget)
			.cancelForOrder(CancelForOrderRequest.newBuilder().setOrderId(orderId.toString()).build()));
	}

	private PaymentServiceBlockingStub stub(CallBudget budget) {
		return this.stub.withDeadlineAfter(budget.remaining().toNanos(), TimeUnit.NANOSECONDS);
	}

}
