package dev.carve.shop.identity.internal;

import dev.carve.testkit.WithPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithPostgres
class SigningKeysIntegrationTests {

	@Autowired
	SigningKeys signingKeys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void aRestartLoadsTheSameKeyInsteadOfMakingANewOne() {
		SigningKeys afterRestart = new SigningKeys(this.jdbc, this.transactionManager);

		assertThat(afterRestart.current().getKeyID()).isEqualTo(this.signingKeys.current().getKeyID());
		assertThat(afterRestart.publicKey()).isEqualTo(this.signingKeys.publicKey());
		assertThat(afterRestart.current().isPrivate()).isTrue();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM identity.signing_keys", Long.class)).isEqualTo(1);
	}

}
