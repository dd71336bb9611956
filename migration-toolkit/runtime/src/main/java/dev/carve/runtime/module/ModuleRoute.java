package dev.carve.runtime.module;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which side answers for a module that runs in this process, changed at run time. Bound
 * from {@code carve.modules.<module>.route} (the value stored when none is stored yet)
 * and set through {@code POST /actuator/modules/{module}}: {@code serving},
 * {@code fenced} or {@code dormant}.
 */
public enum ModuleRoute {

	/** The module's gateway, API, listeners, jobs and outbox relay run here. */
	SERVING,

	/** New writes of the module wait at the fence; reads go on. */
	FENCED,

	/**
	 * The module answers elsewhere: gateway calls and its public API go to the remote
	 * side; its listeners, jobs and relay do not run here and its writes are refused.
	 */
	DORMANT;

	/** The value as written in properties, the database and JSON: {@code serving}, … */
	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The route a value names.
	 * @param value {@code serving}, {@code fenced} or {@code dormant}, in any case
	 * @return the route
	 * @throws IllegalArgumentException naming the three values when it is none of them
	 */
	public static ModuleRoute of(String value) {
		for (ModuleRoute route : values()) {
			if (route.value().equalsIgnoreCase(value.trim())) {
				return route;
			}
		}
		throw new IllegalArgumentException("'" + value + "' is not a route: use serving, fenced or dormant");
	}

}
