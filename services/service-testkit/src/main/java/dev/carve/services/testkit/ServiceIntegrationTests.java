package dev.carve.services.testkit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.carve.runtime.embedded.EmbeddedPostgresServer;
import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every standalone service shows, whatever its module: it is healthy, serves its
 * module's API as the contract describes it, checks bearer tokens against the identity
 * module's JWK set and issuer, runs its own module and nothing else, and keeps defaults
 * that do not collide with the other services. The identity module is an
 * {@link IdentityStandIn}: its JWK set URI and issuer replace the service's, whatever the
 * environment says. A gRPC server, where the service runs one, listens on a free loopback
 * port ({@link ServiceGrpcServer} finds it).
 * <p>
 * A subclass lives in the service's package and is annotated
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)},
 * {@code @AutoConfigureRestTestClient} and {@code @WithPostgres}; it adds tests of the
 * module's own endpoints.
 */
public abstract class ServiceIntegrationTests {

	/** The identity module, as far as the service can tell. */
	protected static final IdentityStandIn identity = IdentityStandIn.start();

	@Autowired
	protected RestTestClient client;

	@Autowired
	protected ApplicationContext context;

	private final String module;

	private final int httpPort;

	private final int grpcPort;

	/**
	 * @param module the module the service runs
	 * @param httpPort the service's default HTTP port
	 * @param grpcPort the service's default gRPC port
	 */
	protected ServiceIntegrationTests(String module, int httpPort, int grpcPort) {
		this.module = module;
		this.httpPort = httpPort;
		this.grpcPort = grpcPort;
	}

	@DynamicPropertySource
	static void identityAndFreePorts(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", identity::jwkSetUri);
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> IdentityStandIn.ISSUER);
		for (String property : identity.serviceCredentialProperties("service-under-test")) {
			String[] parts = property.split("=", 2);
			registry.add(parts[0], () -> parts[1]);
		}
		registry.add("spring.grpc.server.port", () -> "0");
		registry.add("spring.grpc.server.address", () -> "127.0.0.1");
	}

	/** A path of the module's API that needs a token, for a {@code GET}. */
	protected abstract String protectedPath();

	/**
	 * The service's settings as its {@code application.yaml} gives them, placeholders
	 * resolved to their defaults: what runs when no environment variable is set.
	 */
	protected static PropertyResolver serviceDefaults() {
		return ServiceDefaults.load();
	}

	/** The {@code Authorization} header value that carries a token. */
	protected static String bearer(String token) {
		return "Bearer " + token;
	}

	@Test
	void healthProbesAreUpWithoutAToken() {
		for (String probe : List.of("/actuator/health/readiness", "/actuator/health/liveness")) {
			this.client.get()
				.uri(probe)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("UP");
		}
	}

	@Test
	void metricsAnswerOnlyOperators() {
		this.client.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		this.client.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(UUID.randomUUID())))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.client.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.service("orders-service", List.of("orders"))))
			.exchange()
			.expectStatus()
			.isForbidden();
		for (String operator : List.of(identity.admin(UUID.randomUUID()),
				identity.service("prometheus", List.of("operations")))) {
			this.client.get()
				.uri("/actuator/prometheus")
				.header(HttpHeaders.AUTHORIZATION, bearer(operator))
				.exchange()
				.expectStatus()
				.isOk();
		}
	}

	/**
	 * Prometheus with native histograms on prefers protobuf, whose library the jars leave
	 * out: the scrape is answered in the text format it names too.
	 */
	@Test
	void aScraperThatPrefersProtobufGetsTheTextFormat() {
		String prometheus = "application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;"
				+ "encoding=delimited;q=0.5,application/openmetrics-text;version=1.0.0;q=0.4,"
				+ "text/plain;version=0.0.4;q=0.1";
		String body = this.client.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.admin(UUID.randomUUID())))
			.header(HttpHeaders.ACCEPT, prometheus)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/plain;version=0.0.4;charset=utf-8")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("# TYPE application_ready_time_seconds gauge");
	}

	@Test
	void aServiceCredentialIsNotAnEndUsersToken() {
		this.client.get()
			.uri(protectedPath())
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.service("orders-service", List.of(this.module))))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void apiDocsServeTheModulesContract() {
		byte[] body = this.client.get()
			.uri("/v3/api-docs/" + this.module)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		Path contract = OpenApiDocuments.contractOf(this.module);
		Map<String, JsonNode> served = OpenApiDocuments.servedApi(body, this.module);
		assertThat(served).as("API paths of " + this.module).isNotEmpty();
		assertThat(served).as("the API the service serves, against %s", contract)
			.isEqualTo(OpenApiDocuments.committedApi(contract, this.module));
	}

	@Test
	void requestWithoutATokenGetsAnUnauthenticatedProblem() {
		this.client.get()
			.uri(protectedPath())
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:unauthenticated")
			.jsonPath("$.errorId")
			.exists();
	}

	@Test
	void validTokenIsCheckedAgainstTheIdentityJwkSet() {
		this.client.get()
			.uri(protectedPath())
			.header(HttpHeaders.AUTHORIZATION, bearer(identity.customer(UUID.randomUUID())))
			.exchange()
			.expectStatus()
			.value((status) -> assertThat(status).isNotIn(401, 403));
		assertThat(identity.jwkSetRequests()).as("requests for the JWK set").isPositive();
	}

	@Test
	void tokenSignedWithAnotherKeyIsRefused() {
		String foreign = TestTokens.create().customer(UUID.randomUUID());
		expectInvalidToken(foreign);
	}

	@Test
	void tokenFromAnotherIssuerIsRefused() {
		expectInvalidToken(identity.token(UUID.randomUUID(), List.of("CUSTOMER"), "urn:elsewhere"));
	}

	@Test
	void theServiceRunsItsOwnModuleAndNoOther() {
		assertThat(this.context.getBeansOfType(ModuleDefinition.class).values()).singleElement()
			.extracting(ModuleDefinition::name)
			.isEqualTo(this.module);
	}

	@Test
	void theDatabaseIsTheTestsNotAnEmbeddedServerOfTheServicesOwn() {
		assertThat(this.context.getBeanNamesForType(EmbeddedPostgresServer.class)).isEmpty();
		String configured = this.context.getEnvironment().getProperty("spring.datasource.url");
		assertThat(this.context.getBean(DataSource.class)).isInstanceOfSatisfying(HikariDataSource.class,
				(dataSource) -> assertThat(dataSource.getJdbcUrl()).isNotBlank().isEqualTo(configured));
	}

	@Test
	void defaultsKeepTheServiceApartFromTheOthers() {
		PropertyResolver defaults = serviceDefaults();
		String service = this.module + "-service";
		assertThat(defaults.getProperty("spring.application.name")).isEqualTo(service);
		assertThat(defaults.getProperty("server.port", Integer.class)).isEqualTo(this.httpPort);
		assertThat(defaults.getProperty("spring.grpc.server.port", Integer.class)).isEqualTo(this.grpcPort);
		assertThat(defaults.getProperty("carve.embedded-postgres.data-dir")).isEqualTo("./.carve/" + service);
		assertThat(defaults.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"))
			.isEqualTo("http://localhost:8080" + IdentityStandIn.JWKS_PATH);
		assertThat(defaults.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
			.isEqualTo(IdentityStandIn.ISSUER);
	}

	private void expectInvalidToken(String token) {
		this.client.get()
			.uri(protectedPath())
			.header(HttpHeaders.AUTHORIZATION, bearer(token))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:carve:problem:invalid-token");
	}

}
