package id.padu.registry.internal;

import id.padu.registry.internal.RegistryRows.EventRow;
import id.padu.registry.internal.RegistryRows.FamilyRow;
import id.padu.registry.internal.RegistryRows.Household;
import id.padu.registry.internal.RegistryRows.ResidentRow;
import id.padu.shared.persistence.TimeOrderedUuid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes households with plain JDBC batches for the current transaction's connection: the way to
 * load thousands (demo) or millions (import) of rows. Bypasses JPA, so the automatic audit capture
 * does not see these rows; callers record one explicit audit entry per run.
 */
@Component
class RegistryBatchWriter {

	static final int BATCH = 1_000;

	private static final String RESIDENT = """
			insert into resident (id, tenant_id, version, nik, full_name, birth_place, birth_date, gender, blood_type,
			  religion, marital_status, occupation, education, citizenship, street, rt, rw, kelurahan_kode, phone, email,
			  status, nomor_kk, family_relationship, registered_at)
			values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
	private static final String FAMILY = """
			insert into family (id, tenant_id, version, nomor_kk, issued_on, street, rt, rw, kelurahan_kode)
			values (?, ?, 0, ?, ?, ?, ?, ?, ?)""";
	private static final String EVENT = """
			insert into life_event (id, tenant_id, version, nik, type, event_date, details, related_nik, wilayah_kode,
			  recorded_by, recorded_at) values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;
	private final ApplicationEventPublisher events;

	RegistryBatchWriter(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Writes the households for {@code tenant}; returns the number of residents written. */
	int write(String tenant, List<Household> households, String recordedBy, Instant now) {
		List<Object[]> residents = new ArrayList<>();
		List<Object[]> families = new ArrayList<>();
		List<Object[]> lifeEvents = new ArrayList<>();
		List<String> niks = new ArrayList<>();
		Timestamp at = Timestamp.from(now);
		for (Household household : households) {
			FamilyRow f = household.family();
			families.add(new Object[] { TimeOrderedUuid.next(), tenant, f.nomorKk(), f.issuedOn(), f.street(),
					f.rt(), f.rw(), f.kelurahanKode() });
			for (ResidentRow r : household.members()) {
				niks.add(r.nik());
				residents.add(new Object[] { TimeOrderedUuid.next(), tenant, r.nik(), r.fullName(), r.birthPlace(),
						r.birthDate(), r.gender().name(), r.bloodType().name(), r.religion().name(),
						r.maritalStatus().name(), r.occupation(), r.education(), r.citizenship().name(), r.street(), r.rt(),
						r.rw(), r.kelurahanKode(), r.phone(), r.email(), r.status().name(), r.nomorKk(),
						r.relationship() == null ? null : r.relationship().name(), at });
			}
			for (EventRow e : household.events()) {
				lifeEvents.add(new Object[] { TimeOrderedUuid.next(), tenant, e.nik(), e.type().name(), e.date(),
						e.details(), e.relatedNik(), e.wilayahKode(), recordedBy, at });
			}
		}
		batch(FAMILY, families);
		batch(RESIDENT, residents);
		batch(EVENT, lifeEvents);
		events.publishEvent(new ResidentsWritten(tenant, niks));
		return residents.size();
	}

	private void batch(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}
}
