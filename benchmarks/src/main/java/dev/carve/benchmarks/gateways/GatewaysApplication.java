package dev.carve.benchmarks.gateways;

import java.util.Map;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A process of the benchmark: with catalog, inventory and payments in-process it is the
 * provider, with {@code carve.modules.<module>.mode} set to grpc or http for all three it
 * is a consumer. It also answers {@code POST /benchmark/echo} (open to anyone), the
 * baseline of the HTTP gateway: the same server, none of the gateway.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class GatewaysApplication {

	/** Where the echo answers. */
	static final String ECHO_PATH = "/benchmark/echo";

	/** Registered as a member of this configuration. */
	@RestController
	static class Echo {

		@PostMapping(ECHO_PATH)
		Map<String, Object> echo(@RequestBody Map<String, Object> body) {
			return body;
		}

	}

}
