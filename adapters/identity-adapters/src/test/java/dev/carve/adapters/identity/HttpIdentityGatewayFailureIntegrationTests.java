package dev.carve.adapters.identity;

import java.util.Set;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.carve.adapters.testkit.StubbedHttpProviderTests;
import dev.carve.contracts.identity.CustomerView;
import dev.carve.contracts.identity.IdentityGateway;
import dev.carve.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP identity gateway against WireMock with the provider's published stubs
 * ({@link StubbedHttpProviderTests}): the stubs answer, and identity's own "no such
 * customer" problem is the empty answer (any other 404 is a refusal: the suite's own
 * tests).
 */
class HttpIdentityGatewayFailureIntegrationTests extends StubbedHttpProviderTests {

	private static final TestTokens TOKENS = TestTokens.create();

	private static final String CUSTOMERS = "/internal/v1/identity/customers/";

	private static final UUID UNKNOWN = UUID.fromString("00000000-0000-0000-0000-000000000404");

	HttpIdentityGatewayFailureIntegrationTests() {
		super("identity", IdentityTestApplication.class, TOKENS);
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

	private IdentityGateway identity() {
		return consumer().context().getBean(IdentityGateway.class);
	}

}
