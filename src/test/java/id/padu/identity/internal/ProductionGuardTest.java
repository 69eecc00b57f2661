package id.padu.identity.internal;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionGuardTest {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
	private JdbcClient jdbc;

	@BeforeEach
	void database() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:guard-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
		jdbc = JdbcClient.create(dataSource);
		jdbc.sql("create table account (username varchar(100), password_hash varchar(200), kind varchar(20))").update();
		jdbc.sql("create table oauth2_registered_client (client_id varchar(100))").update();
		staff("rudi", "sandi-yang-kuat-sekali");
	}

	@Test
	void cleanProductionDatabaseStarts() {
		assertThatNoException().isThrownBy(() -> new ProductionGuard(false, jdbc, encoder).check());
	}

	@Test
	void demoSwitchIsRefused() {
		assertThat(new ProductionGuard(true, jdbc, encoder).problems()).singleElement().asString()
			.contains("padu.demo.enabled");
	}

	@Test
	void demoAccountsClientAndPasswordsAreRefused() {
		staff("kadis", "lain-lain-lain-lain");
		staff("budi", DemoAccounts.DEMO_PASSWORD);
		jdbc.sql("insert into oauth2_registered_client values ('demo-integrasi')").update();
		List<String> problems = new ProductionGuard(false, jdbc, encoder).problems();
		assertThat(problems).hasSize(3);
		assertThat(problems.get(0)).contains("kadis");
		assertThat(problems.get(1)).contains("demo-integrasi");
		assertThat(problems.get(2)).contains("budi").doesNotContain("rudi");
		assertThatThrownBy(() -> new ProductionGuard(false, jdbc, encoder).check())
			.isInstanceOf(UnsafeProductionException.class);
	}

	@Test
	void failureAnalyzerExplainsTheRefusal() {
		// Other analyzers need a bean factory; load ours the way Spring Boot does and skip the rest.
		List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, null, SpringFactoriesLoader.FailureHandler.handleMessage((message, e) -> { }));
		FailureAnalysis analysis = analyzers.stream()
			.filter(UnsafeProductionFailureAnalyzer.class::isInstance)
			.map(a -> a.analyze(new IllegalStateException("runner failed", new UnsafeProductionException(List.of("x")))))
			.findFirst().orElseThrow();
		assertThat(analysis.getDescription()).contains("refuses to start").contains("- x");
		assertThat(analysis.getAction()).contains("PADU_DEMO_ENABLED=false");
	}

	private void staff(String username, String password) {
		jdbc.sql("insert into account values (?, ?, 'STAFF')").params(username, encoder.encode(password)).update();
	}
}
