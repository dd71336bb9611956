package dev.carve.runtime.gateway.grpc;

import java.time.Duration;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import dev.carve.kernel.DomainException;
import dev.carve.runtime.gateway.DomainErrorDecoder;
import dev.carve.runtime.gateway.FailureTranslator;
import dev.carve.runtime.gateway.GatewayUnavailableException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.jspecify.annotations.Nullable;

/**
 * Translates what a gRPC stub threw. A status that carries a {@code google.rpc.ErrorInfo}
 * whose reason the gateway knows becomes the contract's domain exception; every other
 * status ({@code UNAVAILABLE}, {@code DEADLINE_EXCEEDED}, {@code RESOURCE_EXHAUSTED},
 * {@code UNAUTHENTICATED}, {@code INTERNAL}, …) and every other failure becomes a
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
		if (info != null) {
			DomainException domain = errors.decode(info.getReason(), info.getMetadataMap());
			if (domain != null) {
				return domain;
			}
		}
		Status status = statusFailure.getStatus();
		return new GatewayUnavailableException(module, "Module '" + module + "' " + describe(status), RETRY_AFTER,
				failure);
	}

	private static String describe(Status status) {
		return switch (status.getCode()) {
			case UNAVAILABLE -> "cannot be reached";
			case DEADLINE_EXCEEDED -> "did not answer in time";
			case RESOURCE_EXHAUSTED -> "is overloaded";
			case UNAUTHENTICATED, PERMISSION_DENIED -> "refused the caller's credentials";
			case CANCELLED -> "call was cancelled";
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
