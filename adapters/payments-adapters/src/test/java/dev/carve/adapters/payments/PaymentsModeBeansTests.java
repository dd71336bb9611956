package dev.carve.adapters.payments;

import dev.carve.adapters.testkit.ModeBeans;
import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.runtime.module.ModuleDefinition;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which beans each value of {@code carve.modules.payments.mode} yields: in-process, the
 * module and the endpoints that serve it; remote, one remote gateway and nothing of the
 * module — no controller, repository, listener, changelog, relay or gRPC service.
 */
class PaymentsModeBeansTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withUserConfiguration(PaymentsTestApplication.class)
		.withBean("testTokensJwtDecoder", org.springframework.security.oauth2.jwt.JwtDecoder.class,
				() -> PaymentsProcesses.TOKENS.decoder())
		.withPropertyValues(ModeBeans.database());

	@Test
	void inProcessRunsTheModuleAndServesItsGateway() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(PaymentGateway.class).getClass().getPackageName())
				.isEqualTo("dev.carve.shop.payments");
			assertThat(context.getBeansOfType(ModuleDefinition.class).values()).extracting(ModuleDefinition::name)
				.containsExactly("payments");
			assertThat(ModeBeans.moduleChangelogs(context)).containsExactly("payments");
			assertThat(context).hasSingleBean(PaymentsGrpcService.class)
				.hasSingleBean(PaymentsHttpEndpoints.class)
				.doesNotHaveBean(GrpcPaymentGateway.class)
				.doesNotHaveBean(HttpPaymentGateway.class);
			assertThat(ModeBeans.moduleBeans(context, "payments")).isNotEmpty();
		});
	}

	@Test
	void grpcModeGivesOnlyTheGrpcGateway() {
		this.runner.withPropertyValues("carve.modules.payments.mode=grpc", "carve.modules.payments.url=127.0.0.1:1")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBean(PaymentGateway.class).isInstanceOf(GrpcPaymentGateway.class);
				ModeBeans.assertNothingOfTheModule(context, "payments", PaymentsHttpEndpoints.class);
			});
	}

	@Test
	void httpModeGivesOnlyTheHttpGateway() {
		this.runner
			.withPropertyValues("carve.modules.payments.mode=http", "carve.modules.payments.url=http://127.0.0.1:1")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBean(PaymentGateway.class).isInstanceOf(HttpPaymentGateway.class);
				ModeBeans.assertNothingOfTheModule(context, "payments", PaymentsHttpEndpoints.class);
			});
	}

	@Test
	void aRemoteModeWithoutUrlFailsAtStartUpSayingWhatIsMissing() {
		this.runner.withPropertyValues("carve.modules.payments.mode=grpc")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("carve.modules.payments.url is not set"));
	}

	@Test
	void aRemoteModeWithoutServiceCredentialsFailsAtStartUpSayingWhatToSet() {
		String[] withoutCredentials = java.util.Arrays.stream(ModeBeans.database())
			.filter((property) -> !property.startsWith("carve.service-credentials."))
			.toArray(String[]::new);
		WebApplicationContextRunner runner = new WebApplicationContextRunner()
			.withUserConfiguration(PaymentsTestApplication.class)
			.withBean("testTokensJwtDecoder", org.springframework.security.oauth2.jwt.JwtDecoder.class,
					() -> PaymentsProcesses.TOKENS.decoder())
			.withPropertyValues(withoutCredentials);
		for (String mode : new String[] { "grpc", "http" }) {
			runner
				.withPropertyValues("carve.modules.payments.mode=" + mode,
						"carve.modules.payments.url=" + ("http".equals(mode) ? "http://" : "") + "127.0.0.1:1")
				.run((context) -> assertThat(context).hasFailed()
					.getFailure()
					.rootCause()
					.hasMessageContaining("only accepts calls that carry a service credential")
					.hasMessageContaining("carve.service-credentials.token-uri"));
		}
	}

}
