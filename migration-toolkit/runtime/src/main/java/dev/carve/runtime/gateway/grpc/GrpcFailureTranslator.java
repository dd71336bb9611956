package dev.carve.runtime.gateway.grpc;

import java.time.Duration;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import dev.carve.api.DomainException;
import dev.carve.runtime.gateway.DomainErrorDecoder;
import dev.carve.runtime.gateway.FailureTranslator;
import dev.carve.runtime.gateway.GatewayRefusedException;
import dev.carve.runtime.gateway.GatewayUnavailableException;
import dev.carve.runtime.gateway.ModuleDormantException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.jspecify.annotations.Nullable;

/**
 * Translates what a gRPC stub threw. A status that carries a {@code google.rpc.ErrorInfo}
 * whose reason the gateway knows becomes the contract's domain exception. A status caused
 * by the request ({@code INVALID_ARGUMENT}, {@code FAILED_PRECONDITION},
 * {@code NOT_FOUND}, {@code ALREADY_EXISTS}, {@code OUT_OF_RANGE};
 * {@code UNAUTHENTICATED} and {@code PERMISSION_DENIED} as refused credentials) becomes a
 * {@link GatewayRefusedException}. Every other status ({@code UNAVAILABLE},
 * {@code DEADLINE_EXCEEDED}, {@code RESOURCE_EXHAUSTED}, {@code INTERNAL},
 * {@code UNKNOWN}, …) and every other failure becomes a
 * {@link GatewayUnavailableException}.
 */
public final class GrpcFailureTranslator implements FailureTranslator {

	private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

	@Override
	public RuntimeException translate(String module, RuntimeException failure, DomainErrorDecoder errors) {
		if (!(failure instanceof StatusRuntimeException statusFailure)) {
			return new GatewayUnavailableException(module,
					"Module '" + module + "' could not be called over gRPC: " + failure.getMessage(), RETRY_AFTER,
					failure);
		}
		ErrorInfo info = errorInfo(statusFailure);
		if (info != null && ModuleDormantException.CODE.equals(info.getReason())) {
			return new ModuleDormantException(module);
		}
		if (info != null) {
			DomainException domain = errors.decode(info.getReason(), info.getMetadataMap());
			if (domain != null) {
				return domain;
			}
		}
		Status status = statusFailure.getStatus();
		GatewayRefusedException.Reason refusal = refusal(status.getCode());
		if (refusal != null) {
			return new GatewayRefusedException(module, refusal,
					"Module '" + module + "' " + describe(status) + reason(refusal, status.getDescription()), failure);
		}
		return new GatewayUnavailableException(module, "Module '" + module + "' " + describe(status), RETRY_AFTER,
				failure);
	}

	private static GatewayRefusedException.@Nullable Reason refusal(Status.Code code) {
		return switch (code) {
			case INVALID_ARGUMENT, FAILED_PRECONDITION, NOT_FOUND, ALREADY_EXISTS, OUT_OF_RANGE ->
				GatewayRefusedException.Reason.INVALID_REQUEST;
			case UNAUTHENTICATED, PERMISSION_DENIED -> GatewayRefusedException.Reason.CREDENTIALS_REFUSED;
			default -> null;
		};
	}

	/** What the provider said of a request it refused, never of refused credentials. */
	private static String reason(GatewayRefusedException.Reason refusal, @Nullable String description) {
		return (refusal == GatewayRefusedException.Reason.INVALID_REQUEST && description != null
				&& !description.isBlank()) ? ": " + description : "";
	}

	private static String describe(Status status) {
		return switch (status.getCode()) {
			case UNAVAILABLE -> "cannot be reached";
			case DEADLINE_EXCEEDED -> "did not answer in time";
			case RESOURCE_EXHAUSTED -> "is overloaded";
			case UNAUTHENTICATED, PERMISSION_DENIED -> "refused the caller's credentials";
			case CANCELLED -> "call was cancelled";
			case INVALID_ARGUMENT, FAILED_PRECONDITION, NOT_FOUND, ALREADY_EXISTS, OUT_OF_RANGE ->
				"refused the request with gRPC status " + status.getCode();
			default -> "failed with gRPC status " + status.getCode();
		};
	}

	private static @Nullable ErrorInfo errorInfo(StatusRuntimeException failure) {
		com.google.rpc.Status status = StatusProto.fromThrowable(failure);
		if (status == null) {
			return null;
		}
		for (Any detail : status.getDetailsList()) {
			if (detail.is(ErrorInfo.class)) {
				try {
					return detail.unpack(ErrorInfo.class);
				}
				catch (InvalidProtocolBufferException ex) {
					return null;
				}
			}
		}
		return null;
	}

}
