package dev.carve.runtime.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the HTTP API, under {@code carve.web}.
 *
 * @param maxRequestSize the largest request body accepted; larger ones get a 413 problem
 * @param maxDiscardedBodySize how much of a body the server reads and discards after
 * answering early (such as with a 413) so that the client reads the answer; a client that
 * sends more has its connection closed
 */
@ConfigurationProperties("carve.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxRequestSize,
		@DefaultValue("64MB") DataSize maxDiscardedBodySize) {
}
