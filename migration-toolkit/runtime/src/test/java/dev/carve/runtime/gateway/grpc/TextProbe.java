package dev.carve.runtime.gateway.grpc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.grpc.MethodDescriptor;

/** A unary gRPC method of text in, text out, for providers a test writes itself. */
final class TextProbe {

	/** The service the method belongs to. */
	static final String SERVICE = "carve.test.Probe";

	private static final MethodDescriptor.Marshaller<String> TEXT = new MethodDescriptor.Marshaller<>() {

		@Override
		public InputStream stream(String value) {
			return new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String parse(InputStream stream) {
			try {
				return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	};

	/** {@code carve.test.Probe/Call}. */
	static final MethodDescriptor<String, String> CALL = MethodDescriptor.<String, String>newBuilder()
		.setType(MethodDescriptor.MethodType.UNARY)
		.setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE, "Call"))
		.setRequestMarshaller(TEXT)
		.setResponseMarshaller(TEXT)
		.build();

	private TextProbe() {
	}

}
