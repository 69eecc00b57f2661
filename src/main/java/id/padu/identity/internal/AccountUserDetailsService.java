package id.padu.identity.internal;

import id.padu.identity.PaduUser;
import id.padu.identity.Role;
import id.padu.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Loads an account for sign-in. Plain SQL on purpose: at this point nobody knows the tenant yet,
 * and the account itself decides it, so the Hibernate tenant filter must not apply here.
 * A username or a citizen's e-mail address both sign in.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final JdbcClient jdbc;

	AccountUserDetailsService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PaduUser loadUserByUsername(String username) {
		String key = username == null ? "" : username.strip().toLowerCase();
		List<PaduUser> found = jdbc.sql("""
				select id, tenant_id, username, display_name, enabled, email_verified_at, kind, locked_until, password_hash
				from account where username = :key or (kind = 'CITIZEN' and email = :key)""")
			.param("key", key)
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				Timestamp lockedUntil = rs.getTimestamp("locked_until");
				boolean verified = rs.getTimestamp("email_verified_at") != null || "STAFF".equals(rs.getString("kind"));
				return new PaduUser(id, TenantId.of(rs.getString("tenant_id")), rs.getString("username"),
						rs.getString("display_name"), roles(id), rs.getBoolean("enabled") && verified,
						lockedUntil == null ? null : lockedUntil.toInstant(), rs.getString("password_hash"));
			})
			.list();
		if (found.isEmpty()) {
			throw new UsernameNotFoundException("No account " + key);
		}
		return found.get(0);
	}

	private Set<Role> roles(UUID accountId) {
		List<Role> roles = jdbc.sql("select role from account_role where account_id = :id")
			.param("id", accountId)
			.query((rs, row) -> Role.valueOf(rs.getString(1)))
			.list();
		return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}
}
