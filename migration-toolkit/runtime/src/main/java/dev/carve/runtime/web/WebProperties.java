package dev.carve.runtime.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the HTTP API, under {@code carve.web}.
 *
 * @param maxRequestSize the largest request body accepted; larger ones get a 413 problem
 */
@ConfigurationProperties("carve.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxRequestSize) {
}
