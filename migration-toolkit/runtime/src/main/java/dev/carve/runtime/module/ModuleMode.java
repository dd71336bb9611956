package dev.carve.runtime.module;

import java.util.Locale;

/**
 * Where a module runs, as seen from this process. Bound from
 * {@code carve.modules.<module>.mode}: {@code in-process}, {@code grpc} or {@code http}.
 */
public enum ModuleMode {

	/** The module runs in this process; its gateway bean is its own implementation. */
	IN_PROCESS,

	/** The module runs elsewhere and is called over gRPC. */
	GRPC,

	/** The module runs elsewhere and is called over HTTP. */
	HTTP;

	/**
	 * The mode as {@code carve.modules.<module>.mode} spells it.
	 * @return {@code in-process}, {@code grpc} or {@code http}
	 */
	public String value() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
