package dev.carve.runtime.gateway;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.carve.runtime.module.ConditionalOnModuleMode;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

/**
 * The modules an application is made of: those whose gateway is declared
 * ({@link GatewayDeclaration}) and those whose configuration is switched by their mode
 * ({@code @ConditionalOnModuleInProcess} on an auto-configuration), read from class files
 * without loading them. A {@code carve.modules.<name>} that is none of them is a typo,
 * and stops start-up.
 */
final class KnownModules {

	private final Set<String> names;

	private KnownModules(Set<String> names) {
		this.names = names;
	}

	static KnownModules find(ClassLoader classLoader, List<GatewayDefinition<?>> gateways) {
		Set<String> names = new TreeSet<>();
		gateways.forEach((gateway) -> names.add(gateway.module()));
		MetadataReaderFactory readers = new SimpleMetadataReaderFactory(classLoader);
		for (String candidate : ImportCandidates.load(AutoConfiguration.class, classLoader)) {
			if (candidate.startsWith("org.springframework.")) {
				continue;
			}
			try {
				MergedAnnotation<ConditionalOnModuleMode> mode = readers.getMetadataReader(candidate)
					.getAnnotationMetadata()
					.getAnnotations()
					.get(ConditionalOnModuleMode.class);
				if (mode.isPresent()) {
					names.add(mode.getString("module"));
				}
			}
			catch (IOException ex) {
				// A candidate whose class file cannot be read names no module.
			}
		}
		return new KnownModules(names);
	}

	/**
	 * Refuses settings for a module this application does not have.
	 * @param settings {@code carve.modules.*}
	 * @throws InvalidConfigurationPropertyValueException naming the first unknown
	 * module's property
	 */
	void check(ModulesProperties settings) {
		for (String name : settings.modules().keySet()) {
			if (!this.names.contains(name)) {
				throw new InvalidConfigurationPropertyValueException("carve.modules." + name, name,
						"There is no module '" + name + "' in this application; its modules are " + this.names);
			}
		}
	}

}
