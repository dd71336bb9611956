package dev.carve.adapters.payments;

import java.util.UUID;

import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.contracts.payments.v1.AuthorizeRequest;
import dev.carve.contracts.payments.v1.AuthorizeResponse;
import dev.carve.contracts.payments.v1.CancelForOrderRequest;
import dev.carve.contracts.payments.v1.CancelForOrderResponse;
import dev.carve.contracts.payments.v1.CaptureRequest;
import dev.carve.contracts.payments.v1.CaptureResponse;
import dev.carve.contracts.payments.v1.PaymentServiceGrpc;
import dev.carve.contracts.payments.v1.RefundRequest;
import dev.carve.contracts.payments.v1.RefundResponse;
import io.grpc.stub.StreamObserver;

/**
 * Serves {@code carve.payments.v1.PaymentService} from the in-process
 * {@link PaymentGateway}. Domain errors leave as statuses with {@code ErrorInfo} (the
 * runtime's {@code DomainExceptionGrpcHandler}); a malformed id or amount as
 * {@code INVALID_ARGUMENT}.
 */
final class PaymentsGrpcService extends PaymentServiceGrpc.PaymentServiceImplBase {

	private final PaymentGateway payments;

	PaymentsGrpcService(PaymentGateway payments) {
		this.payments = payments;
	}

	@Override
	public void authorize(AuthorizeRequest request, StreamObserver<AuthorizeResponse> response) {
		var authorization = this.payments.authorize(PaymentsMessages.fromMessage(request));
		response
			.onNext(AuthorizeResponse.newBuilder().setAuthorization(PaymentsMessages.toMessage(authorization)).build());
		response.onCompleted();
	}

	@Override
	public void capture(CaptureRequest request, StreamObserver<CaptureResponse> response) {
		this.payments.capture(UUID.fromString(request.getPaymentId()));
		response.onNext(CaptureResponse.getDefaultInstance());
		response.onCompleted();
	}

	@Override
	public void refund(RefundRequest request, StreamObserver<RefundResponse> response) {
		this.payments.refund(UUID.fromString(request.getPaymentId()));
		response.onNext(RefundResponse.getDefaultInstance());
		response.onCompleted();
	}

	@Override
	public void cancelForOrder(CancelForOrderRequest request, StreamObserver<CancelForOrderResponse> response) {
		this.payments.cancelForOrder(UUID.fromString(request.getOrderId()));
		response.onNext(CancelForOrderResponse.getDefaultInstance());
		response.onCompleted();
	}

}
