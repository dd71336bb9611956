package dev.carve.runtime.module;

import java.util.Objects;

import dev.carve.api.DomainEvent;

/**
 * A module that runs in this process, declared as a bean by the module's configuration
 * class. The runtime uses it to find the module's schema (its outbox and inbox live
 * there), which listeners belong to it, and which events it owns.
 *
 * @param name the module's name, also its database schema, for example {@code inventory}
 * @param basePackage the package of the module's code; listeners below it belong to the
 * module
 * @param contractPackage the package of the module's contract; events declared there are
 * the module's and go through its outbox
 */
public record ModuleDefinition(String name, String basePackage, String contractPackage) {

	public ModuleDefinition {
		Objects.requireNonNull(name, "name");
		if (!name.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("module name must be a lower-case identifier: " + name);
		}
	}

	/**
	 * A module whose code lives in the package of {@code configuration} and whose events
	 * are declared in the package of {@code contractType}.
	 * @param name the module's name and schema
	 * @param configuration a class in the module's root package (its configuration class)
	 * @param contractType a type in the module's contract package (its gateway or an
	 * event)
	 * @return the definition
	 */
	public static ModuleDefinition of(String name, Class<?> configuration, Class<?> contractType) {
		return new ModuleDefinition(name, configuration.getPackageName(), contractType.getPackageName());
	}

	/** The database schema that holds the module's tables. */
	public String schema() {
		return this.name;
	}

	/**
	 * Whether the module declares the event, so that it goes through this module's
	 * outbox.
	 */
	public boolean owns(Class<? extends DomainEvent> eventType) {
		return eventType.getPackageName().equals(this.contractPackage);
	}

	/** Whether a class is part of the module's code. */
	public boolean contains(Class<?> type) {
		String name = type.getPackageName();
		return name.equals(this.basePackage) || name.startsWith(this.basePackage + ".");
	}

}
