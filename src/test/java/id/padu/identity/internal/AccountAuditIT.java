package id.padu.identity.internal;

import id.padu.identity.Role;
import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import id.padu.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit module captures changes of any module's entities without the module doing anything.
 * Lives in identity's package only to reach the package-private {@link Account} from a test.
 */
@PaduIntegrationTest
class AccountAuditIT {

	static final TenantId TANGERANG = TenantId.of("kota-tangerang");

	@Autowired
	AccountRepository accounts;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void createUpdateAndDeleteOfAnEntityAppendEntries() {
		SecurityContextHolder.getContext().setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
		Account account = Account.staff("audit." + suffix(), "Uji Audit", null, "{noop}x", Set.of(Role.OFFICER));
		UUID id = account.getId();
		TenantContext.runAs(TANGERANG, () -> tx.executeWithoutResult(status -> accounts.save(account)));
		TenantContext.runAs(TANGERANG, () -> tx.executeWithoutResult(status ->
				accounts.findById(id).orElseThrow().changePassword("{noop}y")));
		TenantContext.runAs(TANGERANG, () -> tx.executeWithoutResult(status -> accounts.deleteById(id)));

		List<Map<String, Object>> entries = jdbc.sql("""
				select action, actor, entity_type, state_digest, tenant_id from audit_entry
				where entity_id = ? order by seq""").param(id.toString()).query().listOfRows();
		assertThat(entries).extracting(e -> e.get("action")).containsExactly("CREATE", "UPDATE", "DELETE");
		assertThat(entries).allSatisfy(e -> {
			assertThat(e.get("actor")).isEqualTo("admin");
			assertThat(e.get("entity_type")).isEqualTo("Account");
			assertThat(e.get("tenant_id")).isEqualTo("kota-tangerang");
			assertThat((String) e.get("state_digest")).hasSize(64);
		});
		// A new password is a new state, so a new digest.
		assertThat(entries.get(1).get("state_digest")).isNotEqualTo(entries.get(0).get("state_digest"));
	}

	@Test
	void aRolledBackChangeLeavesNoEntryAndSystemIsTheActorWithoutSignIn() {
		Account rolledBack = Account.staff("audit." + suffix(), "Uji Audit", null, "{noop}x", Set.of(Role.OFFICER));
		TenantContext.runAs(TANGERANG, () -> tx.executeWithoutResult(status -> {
			accounts.save(rolledBack);
			entityManager.flush();
			status.setRollbackOnly();
		}));
		assertThat(entriesFor(rolledBack.getId())).isZero();

		Account kept = Account.staff("audit." + suffix(), "Uji Audit", null, "{noop}x", Set.of(Role.OFFICER));
		TenantContext.runAs(TANGERANG, () -> tx.executeWithoutResult(status -> accounts.save(kept)));
		assertThat(jdbc.sql("select actor from audit_entry where entity_id = ?").param(kept.getId().toString())
			.query(String.class).single()).isEqualTo("system");
	}

	private long entriesFor(UUID id) {
		return jdbc.sql("select count(*) from audit_entry where entity_id = ?").param(id.toString())
			.query(Long.class).single();
	}

	private static String suffix() {
		return Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFFL);
	}
}
