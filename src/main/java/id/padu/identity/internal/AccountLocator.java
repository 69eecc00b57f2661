package id.padu.identity.internal;

import id.padu.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds accounts across all pemda with plain SQL. Usernames and e-mail addresses are unique across
 * tenants, and the public pages that ask for them (forgotten password, resend link) must reach an
 * account whatever host the person happens to use.
 */
@Component
class AccountLocator {

	record Located(UUID id, TenantId tenant) {
	}

	private final JdbcClient jdbc;

	AccountLocator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Located> enabledByUsernameOrEmail(String key) {
		return jdbc.sql("select id, tenant_id from account where enabled and (username = :k or email = :k)")
			.param("k", normalize(key))
			.query((rs, row) -> new Located(rs.getObject(1, UUID.class), TenantId.of(rs.getString(2))))
			.optional();
	}

	Optional<Located> unconfirmedCitizen(String email) {
		return jdbc.sql("""
				select id, tenant_id from account
				where kind = 'CITIZEN' and enabled and email_verified_at is null and email = :k""")
			.param("k", normalize(email))
			.query((rs, row) -> new Located(rs.getObject(1, UUID.class), TenantId.of(rs.getString(2))))
			.optional();
	}

	/** An address is taken when any account uses it as e-mail or username, in any pemda. */
	boolean addressTaken(String email) {
		return jdbc.sql("select count(*) from account where email = :k or username = :k")
			.param("k", normalize(email)).query(Long.class).single() > 0;
	}

	boolean usernameTaken(String username) {
		return jdbc.sql("select count(*) from account where username = :k or email = :k")
			.param("k", normalize(username)).query(Long.class).single() > 0;
	}

	static String normalize(String key) {
		return key == null ? "" : key.strip().toLowerCase(java.util.Locale.ROOT);
	}
}
