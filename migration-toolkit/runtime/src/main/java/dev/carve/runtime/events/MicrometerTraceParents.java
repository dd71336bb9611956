package dev.carve.runtime.events;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.jspecify.annotations.Nullable;

/** {@link TraceParents} from Micrometer Tracing's current span. */
final class MicrometerTraceParents implements TraceParents {

	private final Tracer tracer;

	MicrometerTraceParents(Tracer tracer) {
		this.tracer = tracer;
	}

	@Override
	public @Nullable String get() {
		TraceContext context = this.tracer.currentTraceContext().context();
		if (context == null) {
			return null;
		}
		boolean sampled = Boolean.TRUE.equals(context.sampled());
		return "00-" + context.traceId() + "-" + context.spanId() + "-" + (sampled ? "01" : "00");
	}

}
