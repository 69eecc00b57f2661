package id.padu.audit.internal;

import id.padu.audit.AuditTrail;
import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import id.padu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chain itself: explicit entries, rollback, tampering of every kind, concurrency and tenant
 * isolation. Each test works in a tenant of its own, so tampering never touches another test's chain.
 */
@PaduIntegrationTest
class AuditChainIT {

	@Autowired
	AuditTrail trail;

	@Autowired
	ChainVerifier verifier;

	@Autowired
	AuditEntries entries;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@Test
	void explicitEntriesJoinTheChainAndVerify() {
		TenantId tenant = newTenant();
		record(tenant, 3);
		ChainVerification result = verify(tenant);
		assertThat(result.valid()).isTrue();
		assertThat(result.entries()).isEqualTo(3);
		assertThat(result.firstBrokenEntry()).isNull();
		EntryPage page = TenantContext.callAs(tenant,
				() -> entries.search(new AuditFilter("system", "sign", "Letter", "L-2", null, null), 0, 10));
		assertThat(page.content()).singleElement().satisfies(e -> {
			assertThat(e.seq()).isEqualTo(2);
			assertThat(e.stateDigest()).hasSize(64);
		});
	}

	@Test
	void aRolledBackTransactionLeavesNoEntry() {
		TenantId tenant = newTenant();
		record(tenant, 1);
		TenantContext.runAs(tenant, () -> tx.executeWithoutResult(status -> {
			trail.record("SIGN", "Letter", "rolled-back", Map.of("n", 1));
			status.setRollbackOnly();
		}));
		assertThat(count(tenant)).isEqualTo(1);
		assertThat(verify(tenant).valid()).isTrue();
	}

	@Test
	void recordingNeedsAReadWriteTransaction() {
		TenantId tenant = newTenant();
		TenantContext.runAs(tenant, () -> assertThatThrownBy(() -> trail.record("OPEN", "Letter", "x", null))
			.isInstanceOf(IllegalStateException.class));
		TransactionTemplate readOnly = new TransactionTemplate(tx.getTransactionManager());
		readOnly.setReadOnly(true);
		TenantContext.runAs(tenant, () -> readOnly.executeWithoutResult(status -> assertThatThrownBy(
				() -> trail.record("OPEN", "Letter", "x", null)).isInstanceOf(IllegalStateException.class)));
		TenantContext.runAs(tenant, () -> tx.executeWithoutResult(status -> assertThatThrownBy(
				() -> trail.record("lower case", "Letter", "x", null)).isInstanceOf(IllegalArgumentException.class)));
	}

	@Test
	void aChangedEntryIsReportedAsHashMismatch() {
		TenantId tenant = newTenant();
		record(tenant, 3);
		String actor = column(tenant, 2, "actor");
		update(tenant, 2, "actor", "someone-else");
		try {
			ChainVerification result = verify(tenant);
			assertThat(result.valid()).isFalse();
			assertThat(result.entries()).isEqualTo(3);
			assertThat(result.firstBrokenEntry().seq()).isEqualTo(2);
			assertThat(result.firstBrokenEntry().id()).isEqualTo(id(tenant, 2));
			assertThat(result.firstBrokenEntry().reason()).isEqualTo(ChainVerification.Reason.HASH_MISMATCH);
		} finally {
			update(tenant, 2, "actor", actor);
		}
		assertThat(verify(tenant).valid()).isTrue();
	}

	@Test
	void aRehashedEntryBreaksTheLinkOfTheNextOne() {
		TenantId tenant = newTenant();
		record(tenant, 3);
		String digest = column(tenant, 2, "state_digest");
		String hash = column(tenant, 2, "entry_hash");
		// A forger who changes entry 2 and recomputes its hash still cannot fix entry 3's link.
		String forgedDigest = HexFormat.of().formatHex(new byte[32]);
		update(tenant, 2, "state_digest", forgedDigest);
		ChainEntry forged = entry(tenant, 2);
		update(tenant, 2, "entry_hash", forged.computeHash());
		try {
			ChainVerification result = verify(tenant);
			assertThat(result.valid()).isFalse();
			assertThat(result.firstBrokenEntry().seq()).isEqualTo(3);
			assertThat(result.firstBrokenEntry().reason()).isEqualTo(ChainVerification.Reason.BROKEN_LINK);
		} finally {
			update(tenant, 2, "state_digest", digest);
			update(tenant, 2, "entry_hash", hash);
		}
		assertThat(verify(tenant).valid()).isTrue();
	}

	@Test
	void aDeletedMiddleEntryIsAGap() {
		TenantId tenant = newTenant();
		record(tenant, 3);
		ChainEntry removed = entry(tenant, 2);
		jdbc.sql("delete from audit_entry where tenant_id = ? and seq = 2").param(tenant.value()).update();
		try {
			ChainVerification result = verify(tenant);
			assertThat(result.valid()).isFalse();
			assertThat(result.entries()).isEqualTo(2);
			assertThat(result.firstBrokenEntry().seq()).isEqualTo(3);
			assertThat(result.firstBrokenEntry().expectedSeq()).isEqualTo(2);
			assertThat(result.firstBrokenEntry().reason()).isEqualTo(ChainVerification.Reason.GAP);
		} finally {
			reinsert(removed);
		}
		assertThat(verify(tenant).valid()).isTrue();
	}

	@Test
	void entriesCutOffAtTheEndAreAGap() {
		TenantId tenant = newTenant();
		record(tenant, 3);
		ChainEntry removed = entry(tenant, 3);
		jdbc.sql("delete from audit_entry where tenant_id = ? and seq = 3").param(tenant.value()).update();
		try {
			ChainVerification result = verify(tenant);
			assertThat(result.valid()).isFalse();
			assertThat(result.firstBrokenEntry().seq()).isNull();
			assertThat(result.firstBrokenEntry().expectedSeq()).isEqualTo(3);
			assertThat(result.firstBrokenEntry().reason()).isEqualTo(ChainVerification.Reason.GAP);
		} finally {
			reinsert(removed);
		}
		assertThat(verify(tenant).valid()).isTrue();
	}

	@Test
	void concurrentTransactionsKeepOneUnbrokenChain() throws Exception {
		TenantId tenant = newTenant(); // no head row yet: the threads also race to create it
		int threads = 4;
		int transactionsPerThread = 10;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Callable<Void>> work = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				work.add(() -> {
					for (int i = 0; i < transactionsPerThread; i++) {
						int n = i;
						TenantContext.runAs(tenant, () -> tx.executeWithoutResult(status -> {
							trail.record("UPDATE", "Counter", thread + "-" + n, Map.of("step", 1));
							trail.record("UPDATE", "Counter", thread + "-" + n, Map.of("step", 2));
						}));
					}
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(work)) {
				done.get();
			}
		} finally {
			pool.shutdown();
		}
		ChainVerification result = verify(tenant);
		assertThat(result.valid()).isTrue();
		assertThat(result.entries()).isEqualTo(threads * transactionsPerThread * 2L);
		assertThat(jdbc.sql("select max(seq) from audit_entry where tenant_id = ?").param(tenant.value())
			.query(Long.class).single()).isEqualTo(threads * transactionsPerThread * 2L);
	}

	@Test
	void eachTenantVerifiesOnlyItsOwnChain() {
		TenantId a = newTenant();
		TenantId b = newTenant();
		record(a, 3);
		record(b, 2);
		assertThat(verify(a).entries()).isEqualTo(3);
		assertThat(verify(b).entries()).isEqualTo(2);
		assertThat(TenantContext.callAs(b, () -> entries.search(AuditFilter.none(), 0, 50)).totalElements()).isEqualTo(2);
		String actor = column(a, 1, "actor");
		update(a, 1, "actor", "forger");
		try {
			assertThat(verify(a).valid()).isFalse();
			assertThat(verify(b).valid()).isTrue();
		} finally {
			update(a, 1, "actor", actor);
		}
	}

	private TenantId newTenant() {
		String id = "audit-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFFFFL);
		jdbc.sql("insert into tenant (id, name, short_name, kode_wilayah, created_at) values (?, ?, ?, '36.71', ?)")
			.params(id, "Uji audit " + id, "Uji " + id, OffsetDateTime.now())
			.update();
		return TenantId.of(id);
	}

	private void record(TenantId tenant, int count) {
		TenantContext.runAs(tenant, () -> tx.executeWithoutResult(status -> {
			for (int i = 1; i <= count; i++) {
				trail.record("SIGN", "Letter", "L-" + i, Map.of("number", i, "subject", "Surat " + i));
			}
		}));
	}

	private ChainVerification verify(TenantId tenant) {
		return TenantContext.callAs(tenant, verifier::verify);
	}

	private long count(TenantId tenant) {
		return jdbc.sql("select count(*) from audit_entry where tenant_id = ?").param(tenant.value()).query(Long.class).single();
	}

	private String column(TenantId tenant, long seq, String column) {
		return jdbc.sql("select " + column + " from audit_entry where tenant_id = ? and seq = ?")
			.params(tenant.value(), seq).query(String.class).single();
	}

	private UUID id(TenantId tenant, long seq) {
		return jdbc.sql("select id from audit_entry where tenant_id = ? and seq = ?")
			.params(tenant.value(), seq).query(UUID.class).single();
	}

	private void update(TenantId tenant, long seq, String column, String value) {
		jdbc.sql("update audit_entry set " + column + " = ? where tenant_id = ? and seq = ?")
			.params(value, tenant.value(), seq).update();
	}

	private ChainEntry entry(TenantId tenant, long seq) {
		return jdbc.sql("select * from audit_entry where tenant_id = ? and seq = ?").params(tenant.value(), seq)
			.query((rs, row) -> new ChainEntry(rs.getObject("id", UUID.class), rs.getString("tenant_id"), rs.getLong("seq"),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
					rs.getString("state_digest"), rs.getString("previous_hash"), rs.getString("entry_hash")))
			.single();
	}

	private void reinsert(ChainEntry e) {
		jdbc.sql("""
				insert into audit_entry (id, tenant_id, seq, occurred_at, actor, action, entity_type, entity_id,
				  state_digest, previous_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), e.tenantId(), e.seq(), OffsetDateTime.ofInstant(e.occurredAt(), java.time.ZoneOffset.UTC),
					e.actor(), e.action(), e.entityType(), e.entityId(), e.stateDigest(), e.previousHash(), e.entryHash())
			.update();
	}
}
