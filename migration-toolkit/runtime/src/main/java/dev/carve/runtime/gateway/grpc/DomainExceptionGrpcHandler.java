package dev.carve.runtime.gateway.grpc;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import com.google.protobuf.Any;
import com.google.rpc.ErrorInfo;
import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;
import dev.carve.runtime.gateway.ModuleDormantException;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.protobuf.StatusProto;
import org.jspecify.annotations.Nullable;

import org.springframework.grpc.server.exception.GrpcExceptionHandler;

/**
 * How a provider's gRPC services answer a refusal. A {@link DomainException} becomes a
 * status whose code follows its {@link ErrorKind} and which carries a
 * {@code google.rpc.ErrorInfo}: reason = the problem code, domain = {@code carve},
 * metadata = the problem's extra members as text (collections comma-separated). A
 * malformed request ({@link IllegalArgumentException}) becomes {@code INVALID_ARGUMENT};
 * a module dormant here ({@link ModuleDormantException}) {@code UNAVAILABLE} with reason
 * {@code module-dormant}, so the caller can take the call back.
 */
public final class DomainExceptionGrpcHandler implements GrpcExceptionHandler {

	@Override
	public @Nullable StatusException handleException(Throwable exception) {
		if (exception instanceof DomainException domain) {
			return toStatus(domain);
		}
		if (exception instanceof ModuleDormantException) {
			ErrorInfo info = ErrorInfo.newBuilder().setReason(ModuleDormantException.CODE).setDomain("carve").build();
			return StatusProto.toStatusException(com.google.rpc.Status.newBuilder()
				.setCode(Status.Code.UNAVAILABLE.value())
				.setMessage(String.valueOf(exception.getMessage()))
				.addDetails(Any.pack(info))
				.build());
		}
		if (exception instanceof IllegalArgumentException) {
			return Status.INVALID_ARGUMENT.withDescription(exception.getMessage()).asException();
		}
		return null;
	}

	/**
	 * The status a domain exception travels as.
	 * @param exception the refusal
	 * @return the status, with its {@code ErrorInfo}
	 */
	public static StatusException toStatus(DomainException exception) {
		ErrorInfo info = ErrorInfo.newBuilder()
			.setReason(exception.code())
			.setDomain("carve")
			.putAllMetadata(asText(exception.properties()))
			.build();
		com.google.rpc.Status status = com.google.rpc.Status.newBuilder()
			.setCode(code(exception.kind()).value())
			.setMessage(String.valueOf(exception.getMessage()))
			.addDetails(Any.pack(info))
			.build();
		return StatusProto.toStatusException(status);
	}

	private static Status.Code code(ErrorKind kind) {
		return switch (kind) {
			case INVALID -> Status.Code.INVALID_ARGUMENT;
			case UNAUTHENTICATED -> Status.Code.UNAUTHENTICATED;
			case FORBIDDEN -> Status.Code.PERMISSION_DENIED;
			case NOT_FOUND -> Status.Code.NOT_FOUND;
			case TOO_MANY_REQUESTS -> Status.Code.RESOURCE_EXHAUSTED;
			case PAYMENT_DECLINED, CONFLICT -> Status.Code.FAILED_PRECONDITION;
		};
	}

	private static Map<String, String> asText(Map<String, Object> properties) {
		return properties.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> text(entry.getValue())));
	}

	private static String text(Object value) {
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).collect(Collectors.joining(","));
		}
		return String.valueOf(value);
	}

}
