package dev.carve.shop.identity;

import java.util.Set;
import java.util.UUID;

import dev.carve.contracts.identity.CustomerView;
import dev.carve.contracts.identity.IdentityGateway;
import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithPostgres
class IdentityManagementIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	IdentityGateway gateway;

	@Test
	void theInProcessGatewayIsThisModule() {
		assertThat(this.gateway).isInstanceOf(IdentityManagement.class);
	}

	@Test
	void findCustomerReturnsASignedUpCustomer() {
		String email = Api.newEmail();
		UUID id = UUID.fromString(new Api(this.port, this.json).signUp(email).text("id"));

		assertThat(this.gateway.findCustomer(id)).contains(new CustomerView(id, email, "Ada", Set.of("CUSTOMER")));
	}

	@Test
	void findCustomerOfAnUnknownIdIsEmpty() {
		assertThat(this.gateway.findCustomer(UUID.randomUUID())).isEmpty();
	}

}
