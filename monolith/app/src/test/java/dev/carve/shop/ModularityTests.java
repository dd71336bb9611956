package dev.carve.shop;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module rules, enforced: Spring Modulith's verification, no module depending on
 * another, a module's {@code internal} never depending on its root package, and no
 * transport types (HTTP clients, gRPC, Kafka) in business code. Also writes the module
 * diagrams to {@code docs/modules}.
 */
class ModularityTests {

	private static final String SHOP = "dev.carve.shop";

	private final ApplicationModules modules = ApplicationModules.of(CarveApplication.class);

	private final JavaClasses shop = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(SHOP);

	@Test
	void modulesFollowTheRules() {
		this.modules.verify();
	}

	@Test
	void theSixModulesAreFound() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString()))
			.containsExactlyInAnyOrder("identity", "catalog", "inventory", "orders", "payments", "notifications");
	}

	@Test
	void noModuleDependsOnAnother() {
		ArchRule rule = slices().matching(SHOP + ".(*)..")
			.should()
			.notDependOnEachOther()
			.because("modules talk through contracts and events only")
			.allowEmptyShould(false);
		rule.check(this.shop);
	}

	@Test
	void dependenciesGoFromAModulesRootToItsInternalOnly() {
		ArchRule rule = classes().that()
			.resideInAPackage(SHOP + ".*.internal..")
			.should(notDependOnTheirModulesRoot())
			.because("a module's root is its face: its configuration and its gateway, which use internal")
			.allowEmptyShould(false);
		rule.check(this.shop);
	}

	@Test
	void businessCodeNeverSeesATransport() {
		ArchRule rule = noClasses().that()
			.resideInAPackage(SHOP + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web.client..", "org.springframework.web.service..",
					"org.springframework.http.client..", "org.apache.hc..", "io.grpc..", "org.apache.kafka..",
					"org.springframework.kafka..")
			.because("transports belong to the runtime and to gateway adapters, not to business code")
			.allowEmptyShould(false);
		rule.check(this.shop);
	}

	@Test
	void businessCodeNeverUsesGeneratedProtobufTypes() {
		ArchRule rule = noClasses().that()
			.resideInAPackage(SHOP + "..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.google.protobuf..")
			.allowEmptyShould(false);
		rule.check(this.shop);
	}

	/**
	 * Met by a class of {@code dev.carve.shop.<module>.internal..} that uses no class of
	 * the package {@code dev.carve.shop.<module>} itself.
	 */
	private static ArchCondition<JavaClass> notDependOnTheirModulesRoot() {
		return new ArchCondition<>("not depend on their module's root package") {

			@Override
			public void check(JavaClass type, ConditionEvents events) {
				String module = type.getPackageName().substring(SHOP.length() + 1).split("\\.")[0];
				String root = SHOP + "." + module;
				for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
					if (dependency.getTargetClass().getPackageName().equals(root)) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}

		};
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("../../docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		assertThat(new java.io.File("../../docs/modules/components.puml")).exists();
	}

}
