package dev.carve.adapters.identity;

import java.util.Set;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.carve.adapters.testkit.StubbedHttpProviderTests;
import dev.carve.contracts.identity.CustomerView;
import dev.carve.contracts.identity.IdentityGateway;
import dev.carve.runtime.gateway.GatewayRefusedException;
import dev.carve.runtime.gateway.GatewayUnavailableException;
import dev.carve.testkit.ModuleProcess;
import dev.carve.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The HTTP identity gateway against WireMock with the provider's published stubs
 * ({@link StubbedHttpProviderTests}): the stubs answer, and only identity's own "no such
 * customer" problem is the empty answer, any other 404 (a wrong URL, a proxy) a failure.
 */
class HttpIdentityGatewayFailureIntegrationTests extends StubbedHttpProviderTests {

	private static final TestTokens TOKENS = TestTokens.create();

	private static final String CUSTOMERS = "/internal/v1/identity/customers/";

	private static final UUID UNKNOWN = UUID.fromString("00000000-0000-0000-0000-000000000404");

	@Override
	protected String module() {
		return "identity";
	}

	@Override
	protected TestTokens tokens() {
		return TOKENS;
	}

	@Override
	protected ModuleProcess startConsumer(String... properties) {
		return ModuleProcess.start(IdentityTestApplication.class, TOKENS, properties);
	}

	@Override
	protected void call() {
		identity().findCustomer(UUID.randomUUID());
	}

	@Override
	protected MappingBuilder stub() {
		return get(urlPathMatching(CUSTOMERS + ".*"));
	}

	@Override
	protected RequestPatternBuilder requested() {
		return getRequestedFor(urlPathMatching(CUSTOMERS + ".*"));
	}

	@Test
	void thePublishedStubsAnswerAndTheCallersTokenIsRelayed() {
		UUID id = UUID.randomUUID();
		assertThat(identity().findCustomer(id))
			.contains(new CustomerView(id, "ada@example.test", "Ada Lovelace", Set.of("CUSTOMER")));
		provider().verify(1, getRequestedFor(urlPathEqualTo(CUSTOMERS + id)).withHeader("Authorization",
				equalTo("Bearer " + token())));
	}

	@Test
	void theCustomerNotFoundProblemIsTheEmptyAnswerAndIsNotRepeated() {
		assertThat(identity().findCustomer(UNKNOWN)).isEmpty();
		provider().verify(1, getRequestedFor(urlPathEqualTo(CUSTOMERS + UNKNOWN)));
	}

	@Test
	void aNotFoundOfAnotherKindIsAFailureNotAnEmptyAnswer() {
		answer(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:carve:problem:not-found\",\"status\":404,\"errorId\":\"e1\"}"));
		assertThatExceptionOfType(GatewayRefusedException.class).isThrownBy(this::call)
			.withMessageContaining("HTTP 404");
	}

	@Test
	void aBare404IsAFailureNotAnEmptyAnswer() {
		answer(aResponse().withStatus(404).withHeader("Content-Type", "text/html").withBody("<h1>Not Found</h1>"));
		assertThatExceptionOfType(GatewayRefusedException.class).isThrownBy(this::call)
			.satisfies((failure) -> assertThat(failure.module()).isEqualTo("identity"));
	}

	@Test
	void aServerErrorOfTheModulesProblemTypeIsStillUnavailable() {
		answer(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:carve:problem:internal-error\",\"status\":500,\"errorId\":\"e1\"}"));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(this::call)
			.withMessageContaining("HTTP 500");
		provider().verify(3, requested());
	}

	private IdentityGateway identity() {
		return consumer().context().getBean(IdentityGateway.class);
	}

}
