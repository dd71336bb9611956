package dev.carve.adapters.catalog;

import dev.carve.runtime.module.ModuleMode;
import dev.carve.runtime.security.CachingJwtDecoder;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test process checks tokens the way a deployed one does: its test issuer's decoder is
 * behind the runtime's token cache, so the gateway benchmarks and the adapters' tests do
 * not check a signature on every call where a deployed process does not.
 */
class TestProcessTokensTests {

	@Test
	void theProvidersAndTheConsumersDecoderIsTheCachedOne() {
		assertThat(CatalogProcesses.provider().context().getBean(JwtDecoder.class))
			.isInstanceOf(CachingJwtDecoder.class);
		assertThat(CatalogProcesses.consumer(ModuleMode.HTTP).context().getBean(JwtDecoder.class))
			.isInstanceOf(CachingJwtDecoder.class);
	}

}
