package dev.carve.runtime.events;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The W3C {@code traceparent} of the trace the calling thread runs in, kept with each
 * outbox row so that consumers of the event continue the publisher's trace.
 */
@FunctionalInterface
public interface TraceParents extends Supplier<@Nullable String> {

	/** For processes without tracing. */
	TraceParents NONE = () -> null;

	/** The current {@code traceparent}, or {@code null} outside a trace. */
	@Override
	@Nullable String get();

}
