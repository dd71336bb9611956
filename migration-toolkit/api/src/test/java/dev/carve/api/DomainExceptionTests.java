package dev.carve.api;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DomainExceptionTests {

	@Test
	void propertiesBecomeExtraMembersOfTheProblem() {
		DomainException refusal = new Refusal(Map.of("sku", "MUG-1"));
		assertThat(refusal.properties()).containsEntry("sku", "MUG-1");
	}

	@Test
	void aPropertyNamedLikeAStandardProblemMemberIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Refusal(Map.of("status", "VOIDED")))
			.withMessageContaining("'status'");
	}

	static final class Refusal extends DomainException {

		Refusal(Map<String, Object> properties) {
			super(ErrorKind.CONFLICT, "refused", "Refused", properties);
		}

	}

}
