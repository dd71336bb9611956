package dev.carve.runtime.gateway.http;

import dev.carve.runtime.gateway.RemoteCalls;
import dev.carve.runtime.gateway.SampleGateway;

/**
 * {@link SampleGateway} over HTTP, written the way a module's adapter is: each method one
 * call of its {@link SampleHttpApi} under the gateway's {@link RemoteCalls}.
 */
public final class HttpSampleGateway implements SampleGateway {

	private final SampleHttpApi client;

	private final RemoteCalls calls;

	/**
	 * Creates the gateway.
	 * @param client the runtime's client of the sample module's endpoints
	 * @param calls deadlines, retries, circuit breaker and failure translation
	 */
	public HttpSampleGateway(SampleHttpApi client, RemoteCalls calls) {
		this.client = client;
		this.calls = calls;
	}

	@Override
	public String probe() {
		return this.calls.call("probe", () -> this.client.probe().text());
	}

	@Override
	public String place() {
		return this.calls.call("place", () -> this.client.place().text());
	}

	@Override
	public String hold() {
		return this.calls.call("hold", () -> this.client.hold().text());
	}

}
