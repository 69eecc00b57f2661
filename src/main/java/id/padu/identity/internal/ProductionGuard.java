package id.padu.identity.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses a production start while anything of the demo is present: the demo switch, a demo
 * account, the demo API client, or a staff account whose password is the demo password. Citizens'
 * passwords are not checked (one hash check per account would make start-up slow for a city);
 * every password form already refuses the demo password, so only the demo loader can set it.
 */
class ProductionGuard {

	private final boolean demoEnabled;
	private final JdbcClient jdbc;
	private final PasswordEncoder encoder;

	ProductionGuard(boolean demoEnabled, JdbcClient jdbc, PasswordEncoder encoder) {
		this.demoEnabled = demoEnabled;
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	void check() {
		List<String> problems = problems();
		if (!problems.isEmpty()) {
			throw new UnsafeProductionException(problems);
		}
	}

	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (demoEnabled) {
			problems.add("padu.demo.enabled is true (set PADU_DEMO_ENABLED=false)");
		}
		List<String> demoAccounts = jdbc.sql("select username from account where username in (:names) order by username")
			.param("names", DemoAccounts.USERNAMES).query(String.class).list();
		if (!demoAccounts.isEmpty()) {
			problems.add("demo accounts exist: " + String.join(", ", demoAccounts));
		}
		if (jdbc.sql("select count(*) from oauth2_registered_client where client_id = ?").param(DemoApiClient.CLIENT_ID)
			.query(Long.class).single() > 0) {
			problems.add("the demo API client " + DemoApiClient.CLIENT_ID + " exists");
		}
		List<String> demoPasswords = jdbc.sql("select username, password_hash from account where kind = 'STAFF'")
			.query((rs, row) -> encoder.matches(DemoAccounts.DEMO_PASSWORD, rs.getString(2)) ? rs.getString(1) : null)
			.list().stream().filter(java.util.Objects::nonNull).toList();
		if (!demoPasswords.isEmpty()) {
			problems.add("accounts with the demo password: " + String.join(", ", demoPasswords));
		}
		return problems;
	}
}
