package dev.carve.adapters.testkit;

import java.util.Arrays;
import java.util.List;

import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.runtime.module.ModuleLiquibase;
import dev.carve.testkit.PostgresServer;
import dev.carve.testkit.TestInfrastructure;
import dev.carve.testkit.TestTokens;
import io.grpc.BindableService;

import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link GatewayDeclarationSuite} checks about a context started with
 * {@code WebApplicationContextRunner}: which beans of the module exist.
 */
final class ModeBeans {

	/** The issuer of the service credentials a remote gateway's context is given. */
	private static final TestTokens TOKENS = TestTokens.create();

	private ModeBeans() {
	}

	/**
	 * Properties for a runner's context: a new database, no embedded server, gRPC on any
	 * port, and service credentials to call remote modules with.
	 */
	static String[] database() {
		PostgresServer postgres = TestInfrastructure.postgres();
		String[] database = { "spring.datasource.url=" + TestInfrastructure.newDatabase(),
				"spring.datasource.username=" + postgres.username(),
				"spring.datasource.password=" + postgres.password(), "carve.embedded-postgres.enabled=false",
				"spring.liquibase.enabled=false", "spring.grpc.server.port=0" };
		String[] credentials = TOKENS.serviceCredentialProperties("mode-beans");
		String[] all = Arrays.copyOf(database, database.length + credentials.length);
		System.arraycopy(credentials, 0, all, database.length, credentials.length);
		return all;
	}

	/**
	 * The names of the beans whose type is in the module's package
	 * ({@code dev.carve.shop.<module>} and below).
	 */
	static List<String> moduleBeans(ApplicationContext context, String module) {
		String modulePackage = "dev.carve.shop." + module;
		return Arrays.stream(context.getBeanDefinitionNames()).filter((name) -> {
			Class<?> type = context.getType(name);
			return type != null && type.getPackageName().startsWith(modulePackage);
		}).toList();
	}

	/**
	 * The schemas whose changelog the context runs, the runtime's own left out.
	 * @param context the context
	 * @return the modules' schemas
	 */
	static List<String> moduleChangelogs(ApplicationContext context) {
		return context.getBeansOfType(ModuleLiquibase.class)
			.values()
			.stream()
			.map(ModuleLiquibase::getDefaultSchema)
			.filter((schema) -> !ModuleLiquibase.RUNTIME_SCHEMA.equals(schema))
			.toList();
	}

	/**
	 * Asserts that nothing of a module exists in a context where it is remote: no module
	 * definition, changelog, gRPC service, none of the given serving endpoints and no
	 * bean of the module's package.
	 * @param context the context
	 * @param module the module
	 * @param serving the module's serving endpoint types
	 */
	static void assertNothingOfTheModule(AssertableWebApplicationContext context, String module, Class<?>... serving) {
		assertThat(context).doesNotHaveBean(ModuleDefinition.class).doesNotHaveBean(BindableService.class);
		assertThat(moduleChangelogs(context)).doesNotContain(module);
		for (Class<?> type : serving) {
			assertThat(context).doesNotHaveBean(type);
		}
		assertThat(moduleBeans(context, module)).isEmpty();
	}

}
