package id.padu.audit.internal;

import id.padu.audit.PersonalDataAccessLog;
import id.padu.audit.PersonalDataAccessLog.Accessor;
import id.padu.audit.PersonalDataAccessLog.AccessorKind;
import id.padu.audit.PersonalDataAccessLog.Channel;
import id.padu.shared.Nik;
import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import id.padu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads of personal data are sealed into the chain in batches: the seal covers every column of every
 * row, so changing, removing or adding a row after sealing breaks verification. Each test uses a tenant
 * of its own; the background sealer may seal its rows first, which the assertions allow for.
 */
@PaduIntegrationTest
class AccessLogSealingIT {

	static final Nik SITI = Nik.of("3671014508900003");
	static final Nik AHMAD = Nik.of("3671011402870001");
	static final Accessor PETUGAS = new Accessor(AccessorKind.ACCOUNT, "petugas", "Dewi Lestari", "Disdukcapil");

	@Autowired
	PersonalDataAccessLog accessLog;

	@Autowired
	AccessLogSealer sealer;

	@Autowired
	ChainVerifier verifier;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	void accessesAreSealedIntoTheChainAndVerify() {
		TenantId tenant = newTenant();
		read(tenant, 3);
		ChainVerification before = verify(tenant);
		assertThat(before.valid()).isTrue();
		assertThat(before.sealedAccesses() + before.unsealedAccesses()).isEqualTo(6);
		sealer.seal(tenant.value());
		ChainVerification after = verify(tenant);
		assertThat(after.valid()).isTrue();
		assertThat(after.sealedAccesses()).isEqualTo(6);
		assertThat(after.unsealedAccesses()).isZero();
		assertThat(jdbc.sql("select entity_id from audit_entry where tenant_id = ? and action = 'SEAL_ACCESS_LOG'")
			.param(tenant.value()).query(String.class).list().stream().mapToLong(Long::parseLong).sum()).isEqualTo(6);
		assertThat(sealer.seal(tenant.value())).as("nothing left to seal").isZero();
	}

	@Test
	void aChangedRowBreaksItsSeal() {
		TenantId tenant = sealedTenant();
		jdbc.sql("update personal_data_access set purpose = 'Penasaran saja' where tenant_id = ? and nik = ?")
			.params(tenant.value(), AHMAD.value()).update();
		assertBrokenAtSeal(tenant);
	}

	@Test
	void aRemovedRowBreaksItsSeal() {
		TenantId tenant = sealedTenant();
		jdbc.sql("delete from personal_data_access where tenant_id = ? and nik = ?").params(tenant.value(), AHMAD.value())
			.update();
		assertBrokenAtSeal(tenant);
	}

	@Test
	void aRowMovedToAnotherSealOrForgedIntoOneIsFound() {
		TenantId tenant = sealedTenant();
		jdbc.sql("update personal_data_access set seal_seq = 999 where tenant_id = ? and nik = ?")
			.params(tenant.value(), AHMAD.value()).update();
		ChainVerification result = verify(tenant);
		assertThat(result.valid()).isFalse();
		assertThat(result.firstBrokenEntry().reason()).isEqualTo(ChainVerification.Reason.ACCESS_LOG_MISMATCH);
	}

	@Test
	void anAccessIsCommittedBeforeRecordReturnsWhateverTheReaderDoesNext() {
		TenantId tenant = newTenant();
		TenantContext.runAs(tenant, () -> tx.executeWithoutResult(status -> {
			accessLog.record(SITI, PETUGAS, "Pelayanan", List.of("name"), Channel.API);
			// Visible to another connection already: the data may be shown from here on.
			assertThat(countOnAnotherConnection(tenant)).isEqualTo(1);
			status.setRollbackOnly();
		}));
		assertThat(countOnAnotherConnection(tenant)).as("the reader's rollback does not undo the log").isEqualTo(1);
	}

	private long countOnAnotherConnection(TenantId tenant) {
		try (var connection = dataSource.getConnection();
				var select = connection.prepareStatement("select count(*) from personal_data_access where tenant_id = ?")) {
			select.setString(1, tenant.value());
			try (var rs = select.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		} catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void readsAndSealsRunningTogetherNeverLoseOrDoubleARow() throws Exception {
		TenantId tenant = newTenant();
		int threads = 4;
		int readsPerThread = 15;
		AtomicBoolean reading = new AtomicBoolean(true);
		ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
		try {
			Future<?> sealing = pool.submit(() -> {
				while (reading.get()) {
					sealer.seal(tenant.value());
				}
			});
			List<Callable<Void>> work = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				work.add(() -> {
					read(tenant, readsPerThread);
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(work)) {
				done.get();
			}
			reading.set(false);
			sealing.get();
		} finally {
			pool.shutdown();
		}
		sealer.seal(tenant.value());
		ChainVerification result = verify(tenant);
		assertThat(result.valid()).isTrue();
		assertThat(result.sealedAccesses()).isEqualTo(threads * readsPerThread * 2L);
		assertThat(result.unsealedAccesses()).isZero();
	}

	private void assertBrokenAtSeal(TenantId tenant) {
		ChainVerification result = verify(tenant);
		assertThat(result.valid()).isFalse();
		assertThat(result.firstBrokenEntry().reason()).isEqualTo(ChainVerification.Reason.ACCESS_LOG_MISMATCH);
		long sealSeq = jdbc.sql("select seq from audit_entry where tenant_id = ? and action = 'SEAL_ACCESS_LOG'")
			.param(tenant.value()).query(Long.class).single();
		assertThat(result.firstBrokenEntry().seq()).isEqualTo(sealSeq);
	}

	/** A tenant whose two reads (Siti, then Ahmad) are sealed in one seal. */
	private TenantId sealedTenant() {
		TenantId tenant = newTenant();
		TenantContext.runAs(tenant, () -> tx.executeWithoutResult(status -> {
			accessLog.record(SITI, PETUGAS, "Pelayanan KTP-el", List.of("name", "address"), Channel.PAGE);
			accessLog.recordAll(List.of(AHMAD), PETUGAS, "Pelayanan KTP-el", List.of("name"), Channel.PAGE);
		}));
		sealer.seal(tenant.value());
		assertThat(verify(tenant).valid()).isTrue();
		return tenant;
	}

	/** {@code count} transactions, each a read of one person and a listed read of another. */
	private void read(TenantId tenant, int count) {
		for (int i = 0; i < count; i++) {
			TenantContext.runAs(tenant, () -> tx.executeWithoutResult(status -> {
				accessLog.record(SITI, PETUGAS, "Pelayanan", List.of("name", "birthDate"), Channel.API);
				accessLog.recordAll(List.of(AHMAD), PETUGAS, "Pelayanan", List.of("name"), Channel.API);
			}));
		}
	}

	private ChainVerification verify(TenantId tenant) {
		return TenantContext.callAs(tenant, verifier::verify);
	}

	private TenantId newTenant() {
		String id = "seal-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFFFFL);
		jdbc.sql("insert into tenant (id, name, short_name, kode_wilayah, created_at) values (?, ?, ?, '36.71', ?)")
			.params(id, "Uji segel " + id, "Uji " + id, OffsetDateTime.now())
			.update();
		return TenantId.of(id);
	}
}
