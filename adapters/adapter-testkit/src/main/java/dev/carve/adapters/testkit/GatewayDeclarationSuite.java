package dev.carve.adapters.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.carve.runtime.gateway.GatewayDeclaration;
import dev.carve.runtime.gateway.GatewayDefinition;
import dev.carve.runtime.gateway.GatewayTransport;
import dev.carve.runtime.gateway.http.HttpContractClient;
import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.runtime.module.ModuleMode;
import dev.carve.testkit.TestTokens;
import io.grpc.ServiceDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one module's gateway declaration yields in each value of
 * {@code carve.modules.<module>.mode}: in-process, the module and the endpoints of every
 * transport that serve it, and no client; remote, the transport's client as the gateway
 * and nothing of the module — no module definition, changelog, gRPC service, endpoints or
 * bean of its package; a remote mode without an address or without service credentials
 * stops start-up saying which property to set. And the gRPC service it declares, named
 * {@code carve.<module>.v1.<Name>Service}, has one method per gateway method
 * ({@link ServiceMethodsMatch}). A module's test extends it and names its test
 * application and clients.
 */
public abstract class GatewayDeclarationSuite {

	private final GatewayDefinition<?> definition;

	private final Class<?> application;

	private final Map<ModuleMode, Class<?>> clients;

	/**
	 * The suite of a module.
	 * @param declaration the module's gateway declaration
	 * @param application the module's test application
	 * @param clients the gateway's client type per remote mode; where a mode has none,
	 * its client is the runtime's {@link HttpContractClient}
	 */
	protected GatewayDeclarationSuite(GatewayDeclaration declaration, Class<?> application,
			Map<ModuleMode, Class<?>> clients) {
		this.definition = declaration.definition();
		this.application = application;
		this.clients = clients;
	}

	/**
	 * Properties of every remote-mode context beyond the mode and the address: modules
	 * the test application would otherwise run beside this one, left out.
	 * @return {@code key=value}
	 */
	protected String[] remoteProperties() {
		return new String[0];
	}

	/**
	 * The modules the test application runs when this one is in-process.
	 * @return their names
	 */
	protected List<String> inProcessModules() {
		return List.of(module());
	}

	/**
	 * Further checks of the in-process context, a module's own.
	 * @param context the started context
	 */
	protected void assertInProcess(AssertableWebApplicationContext context) {
	}

	@Test
	void inProcessRunsTheModuleAndServesItsGateway() {
		runner(ModeBeans.database()).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(this.definition.contract()).getClass().getPackageName())
				.isEqualTo("dev.carve.shop." + module());
			assertThat(context.getBeansOfType(ModuleDefinition.class).values()).extracting(ModuleDefinition::name)
				.containsExactlyInAnyOrderElementsOf(inProcessModules());
			assertThat(ModeBeans.moduleChangelogs(context)).containsExactlyInAnyOrderElementsOf(inProcessModules());
			for (GatewayTransport<?> transport : this.definition.transports()) {
				assertThat(context).hasSingleBean(transport.endpoints());
				if (this.clients.containsKey(transport.mode())) {
					assertThat(context).doesNotHaveBean(this.clients.get(transport.mode()));
				}
			}
			assertThat(ModeBeans.moduleBeans(context, module())).isNotEmpty();
			assertInProcess(context);
		});
	}

	@ParameterizedTest
	@EnumSource(names = { "GRPC", "HTTP" })
	void aRemoteModeGivesOnlyItsClient(ModuleMode mode) {
		runner(ModeBeans.database()).withPropertyValues(remoteProperties())
			.withPropertyValues(modeAndUrl(mode))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				Object gateway = context.getBean(this.definition.contract());
				if (this.clients.containsKey(mode)) {
					assertThat(gateway).isInstanceOf(this.clients.get(mode));
				}
				else {
					assertThat(HttpContractClient.isClient(gateway)).as("%s is the runtime's HTTP client", gateway)
						.isTrue();
				}
				ModeBeans.assertNothingOfTheModule(context, module(),
						this.definition.transports()
							.stream()
							.map(GatewayTransport::endpoints)
							.toArray(Class<?>[]::new));
			});
	}

	@ParameterizedTest
	@EnumSource(names = { "GRPC", "HTTP" })
	void aRemoteModeWithoutUrlFailsAtStartUpSayingWhatIsMissing(ModuleMode mode) {
		runner(ModeBeans.database()).withPropertyValues(remoteProperties())
			.withPropertyValues("carve.modules." + module() + ".mode=" + mode.value())
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("carve.modules." + module() + ".url is not set"));
	}

	@ParameterizedTest
	@EnumSource(names = { "GRPC", "HTTP" })
	void aRemoteModeWithoutServiceCredentialsFailsAtStartUpSayingWhatToSet(ModuleMode mode) {
		String[] withoutCredentials = Arrays.stream(ModeBeans.database())
			.filter((property) -> !property.startsWith("carve.service-credentials."))
			.toArray(String[]::new);
		runner(withoutCredentials).withPropertyValues(remoteProperties())
			.withPropertyValues(modeAndUrl(mode))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("only accepts calls that carry a service credential")
				.hasMessageContaining("carve.service-credentials.token-uri"));
	}

	@Test
	void theGrpcServiceHasOneMethodPerGatewayMethod() throws ReflectiveOperationException {
		Class<?> served = this.definition.transport(ModuleMode.GRPC).orElseThrow().endpoints();
		Class<?> generated = served.getSuperclass().getEnclosingClass();
		ServiceDescriptor service = (ServiceDescriptor) generated.getMethod("getServiceDescriptor").invoke(null);
		assertThat(service.getName()).matches("carve\\." + module() + "\\.v1\\.[A-Z][A-Za-z]*Service");
		ServiceMethodsMatch.assertMatch(service, this.definition.contract());
	}

	private WebApplicationContextRunner runner(String[] properties) {
		return new WebApplicationContextRunner().withUserConfiguration(this.application)
			.withInitializer((context) -> TestTokens.create().registerDecoder((GenericApplicationContext) context))
			.withPropertyValues(properties);
	}

	private String[] modeAndUrl(ModuleMode mode) {
		String address = (mode == ModuleMode.HTTP) ? "http://127.0.0.1:1" : "127.0.0.1:1";
		return new String[] { "carve.modules." + module() + ".mode=" + mode.value(),
				"carve.modules." + module() + ".url=" + address };
	}

	private String module() {
		return this.definition.module();
	}

}
