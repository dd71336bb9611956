package dev.carve.runtime.gateway.http;

import org.springframework.web.service.annotation.PostExchange;

/**
 * The sample gateway over HTTP, mapped once, as a module's {@code <Module>HttpApi} is:
 * {@link SampleHttpEndpoints} serves it and the runtime proxies it as the client
 * {@link HttpSampleGateway} calls. Each answer is a JSON object holding text.
 */
public interface SampleHttpApi {

	/** Where {@link #probe()} is posted. */
	String PROBE = "/internal/v1/sample/probe";

	/** Where {@link #place()} is posted. */
	String PLACE = "/internal/v1/sample/place";

	/** Where {@link #hold()} is posted. */
	String HOLD = "/internal/v1/sample/hold";

	@PostExchange(url = PROBE, accept = "application/json")
	Answer probe();

	@PostExchange(url = PLACE, accept = "application/json")
	Answer place();

	@PostExchange(url = HOLD, accept = "application/json")
	Answer hold();

	/**
	 * What the sample module answered.
	 *
	 * @param text the answer
	 */
	record Answer(String text) {
	}

}
