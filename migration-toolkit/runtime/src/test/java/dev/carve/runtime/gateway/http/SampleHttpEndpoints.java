package dev.carve.runtime.gateway.http;

import dev.carve.runtime.gateway.SampleGateway;

import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a {@link SampleGateway} over HTTP: the endpoints the runtime registers for the
 * sample gateway's HTTP transport where the sample module runs in-process with a gateway
 * of its own. A refusal the gateway throws leaves as a problem from the runtime's one
 * problem layer.
 */
@RestController
public class SampleHttpEndpoints implements SampleHttpApi {

	private final SampleGateway gateway;

	/**
	 * Creates the endpoints.
	 * @param gateway the in-process gateway they serve
	 */
	public SampleHttpEndpoints(SampleGateway gateway) {
		this.gateway = gateway;
	}

	@Override
	public Answer probe() {
		return new Answer(this.gateway.probe());
	}

	@Override
	public Answer place() {
		return new Answer(this.gateway.place());
	}

	@Override
	public Answer hold() {
		return new Answer(this.gateway.hold());
	}

}
