package dev.carve.adapters.identity;

import java.util.Map;

import dev.carve.adapters.testkit.GatewayDeclarationSuite;
import dev.carve.runtime.module.ModuleMode;

import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What identity's gateway declaration yields in every mode
 * ({@link GatewayDeclarationSuite}).
 */
class IdentityGatewayDeclarationTests extends GatewayDeclarationSuite {

	IdentityGatewayDeclarationTests() {
		super(new IdentityGatewayDeclaration(), IdentityTestApplication.class,
				Map.of(ModuleMode.GRPC, GrpcIdentityGateway.class));
	}

	/** Where identity runs, its own decoder checks tokens, not the test issuer's. */
	@Override
	protected void assertInProcess(AssertableWebApplicationContext context) {
		assertThat(context.getBean(JwtDecoder.class)).isSameAs(context.getBean("jwtDecoder"));
	}

}
