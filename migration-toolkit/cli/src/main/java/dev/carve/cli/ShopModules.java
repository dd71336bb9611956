package dev.carve.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The modules whose changelogs ship with the command, and how a module's changelog is
 * found. A module's schema is named like the module (ADR 2); its changelog is
 * {@code db/changelog/<module>/changelog.yaml}.
 */
final class ShopModules {

	/** The modules of the reference shop, whose changelogs are inside the command. */
	static final List<String> KNOWN = List.of("identity", "catalog", "inventory", "orders", "payments",
			"notifications");

	private ShopModules() {
	}

	/**
	 * The changelog to create a module's schema from.
	 * @param module the module, which is also its schema's name
	 * @param changelog a changelog file given with {@code --changelog}, or {@code null}
	 * @return the changelog
	 * @throws CarveException {@link Carve#USAGE} for an unknown module without a
	 * changelog, or a changelog file that does not exist
	 */
	static Changelog changelog(String module, @Nullable Path changelog) {
		if (!module.matches("[a-z_][a-z0-9_]{0,62}")) {
			throw CarveException.usage("Module " + module
					+ " is not a schema name: use the module's name in lower case (letters, digits, _)");
		}
		if (changelog != null) {
			if (!Files.isRegularFile(changelog)) {
				throw CarveException.usage("The changelog " + changelog + " does not exist");
			}
			return new Changelog(module, changelog.toAbsolutePath().normalize(), null);
		}
		if (!KNOWN.contains(module)) {
			throw CarveException
				.usage("Unknown module " + module + ": the known modules are " + String.join(", ", KNOWN)
						+ "; for another module, name its Liquibase changelog with --changelog FILE");
		}
		return new Changelog(module, null, "db/changelog/" + module + "/changelog.yaml");
	}

	/**
	 * Where a module's changelog is: a file, or a resource inside the command.
	 *
	 * @param module the module
	 * @param file the changelog file, or {@code null} for a resource
	 * @param resource the classpath resource, or {@code null} for a file
	 */
	record Changelog(String module, @Nullable Path file, @Nullable String resource) {

		@Override
		public String toString() {
			return (this.file != null) ? this.file.toString() : "the shop's " + this.resource;
		}

	}

}
