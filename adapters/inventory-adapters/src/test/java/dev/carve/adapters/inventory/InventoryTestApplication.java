package dev.carve.adapters.inventory;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.grpc.server.GlobalServerInterceptor;

/**
 * A process in the tests: with inventory in-process it is the provider, with
 * {@code carve.modules.inventory.mode} set to grpc or http it is a consumer. It records
 * the trace context that reaches it ({@link TraceHeaders}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class InventoryTestApplication {

	@Bean
	TraceHeaders.OverHttp traceHeadersOverHttp() {
		return new TraceHeaders.OverHttp();
	}

	@Bean
	@GlobalServerInterceptor
	TraceHeaders.OverGrpc traceHeadersOverGrpc() {
		return new TraceHeaders.OverGrpc();
	}

}
