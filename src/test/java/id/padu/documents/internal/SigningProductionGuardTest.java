package id.padu.documents.internal;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The prod profile refuses the demo key secret, a short one, and certificates of the demo CA. */
class SigningProductionGuardTest {

	private JdbcClient jdbc;

	@BeforeEach
	void database() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:signing-guard-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
		jdbc = JdbcClient.create(dataSource);
		jdbc.sql("create table signing_credential (username varchar(100), source varchar(10))").update();
		jdbc.sql("insert into signing_credential values ('kadis', 'IMPORTED')").update();
	}

	@Test
	void ownSecretAndImportedCertificatesStart() {
		assertThatNoException().isThrownBy(() -> guard("k8Jq2-panjang-dan-acak-sekali").check());
	}

	@Test
	void demoOrShortSecretAndDemoCertificatesAreRefused() {
		assertThat(guard(SigningKeySecret.DEMO_DEFAULT).problems()).singleElement().asString()
			.contains("PADU_SIGNING_KEY_SECRET");
		assertThat(guard("pendek").problems()).singleElement().asString().contains("shorter than 16");
		jdbc.sql("insert into signing_credential values ('kadis', 'DEMO')").update();
		assertThat(guard("k8Jq2-panjang-dan-acak-sekali").problems()).singleElement().asString().contains("1 demo signing");
		assertThatThrownBy(() -> guard(SigningKeySecret.DEMO_DEFAULT).check()).isInstanceOf(UnsafeSigningException.class)
			.hasMessageContaining("demo default").hasMessageContaining("demo signing certificates");
	}

	@Test
	void failureAnalyzerExplainsTheRefusal() {
		List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, null, SpringFactoriesLoader.FailureHandler.handleMessage((message, e) -> { }));
		FailureAnalysis analysis = analyzers.stream()
			.filter(UnsafeSigningFailureAnalyzer.class::isInstance)
			.map(a -> a.analyze(new IllegalStateException("start failed", new UnsafeSigningException(List.of("x")))))
			.findFirst().orElseThrow();
		assertThat(analysis.getDescription()).contains("demo signing material").contains("- x");
		assertThat(analysis.getAction()).contains("PADU_SIGNING_KEY_SECRET");
	}

	private SigningProductionGuard guard(String secret) {
		return new SigningProductionGuard(new SigningKeySecret(secret), jdbc);
	}
}
