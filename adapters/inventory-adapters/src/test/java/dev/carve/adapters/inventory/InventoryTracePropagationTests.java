package dev.carve.adapters.inventory;

import java.util.UUID;

import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.runtime.module.ModuleMode;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

/** The caller's trace continues in the provider, over gRPC and over HTTP. */
class InventoryTracePropagationTests {

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@ParameterizedTest
	@EnumSource(value = ModuleMode.class, names = { "GRPC", "HTTP" })
	void theProviderReceivesTheCallersTraceContext(ModuleMode mode) {
		String token = InventoryProcesses.TOKENS.customer(UUID.randomUUID());
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(InventoryProcesses.TOKENS.decoder().decode(token)));
		InventoryGateway inventory = InventoryProcesses.gateway(mode);
		Tracer tracer = InventoryProcesses.consumerContext(mode).getBean(Tracer.class);
		TraceHeaders.LAST.set(null);
		Span span = tracer.nextSpan().name("place-order").start();
		try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
			inventory.release(UUID.randomUUID());
		}
		finally {
			span.end();
		}
		assertThat(TraceHeaders.LAST.get()).as("traceparent received over " + mode)
			.isNotNull()
			.contains(span.context().traceId());
	}

}
