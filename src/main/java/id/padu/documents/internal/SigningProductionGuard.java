package id.padu.documents.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses a production start that would sign with demo material: the demo default of
 * {@code padu.signing.key-secret} (or a short one), or certificates made by the demo CA. A demo certificate would
 * sign documents that look official but chain to a CA nobody trusts.
 */
class SigningProductionGuard {

	private final SigningKeySecret secret;
	private final JdbcClient jdbc;

	SigningProductionGuard(SigningKeySecret secret, JdbcClient jdbc) {
		this.secret = secret;
		this.jdbc = jdbc;
	}

	void check() {
		List<String> problems = problems();
		if (!problems.isEmpty()) {
			throw new UnsafeSigningException(problems);
		}
	}

	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (secret.isDemoDefault()) {
			problems.add("padu.signing.key-secret is the demo default (set PADU_SIGNING_KEY_SECRET)");
		} else if (secret.isWeak()) {
			problems.add("padu.signing.key-secret is shorter than 16 characters");
		}
		long demo = jdbc.sql("select count(*) from signing_credential where source = 'DEMO'").query(Long.class).single();
		if (demo > 0) {
			problems.add(demo + " demo signing certificates exist (table signing_credential, source DEMO)");
		}
		return problems;
	}
}
