package dev.carve.cli;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The module a command works on, and where its changelog is. */
final class ModuleArgument {

	@Parameters(paramLabel = "MODULE", description = "The module; its schema has the same name.")
	String name = "";

	@Option(names = "--changelog", paramLabel = "FILE",
			description = "The module's Liquibase changelog, for a module that is not one of the shop's.")
	@Nullable Path changelog;

	/**
	 * The module's changelog.
	 * @throws CarveException {@link Carve#USAGE} for an unknown module without a
	 * changelog
	 */
	ShopModules.Changelog changelog() {
		return ShopModules.changelog(this.name, this.changelog);
	}

}
