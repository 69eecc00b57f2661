package id.padu.registry.internal;

import id.padu.registry.Address;
import id.padu.registry.BloodType;
import id.padu.registry.Citizenship;
import id.padu.registry.FamilyRelationship;
import id.padu.registry.Gender;
import id.padu.registry.MaritalStatus;
import id.padu.registry.Religion;
import id.padu.registry.ResidentRecord;
import id.padu.registry.ResidentStatus;
import id.padu.shared.KodeWilayah;
import id.padu.shared.Nik;
import id.padu.shared.NomorKk;
import id.padu.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads residents with plain SQL for the hottest reads of the registry: the NIK look-up and loading the hits of
 * a name search. Through Hibernate the same reads were planned again on every call (the tenant filter keeps
 * query plans out of the plan cache) and materialized managed entities nobody changes. Native SQL is not filtered by Hibernate, so the
 * tenant is stated here explicitly. Columns are those of {@link Resident}, enums stored by name. Inside a
 * read-write transaction (a life event or a service step that reads after it changed someone) pending changes
 * are flushed first, so the SQL sees what Hibernate would have shown.
 */
@Component
class ResidentRows {

	private static final String COLUMNS = """
			select id, nik, full_name, birth_place, birth_date, gender, blood_type, religion, marital_status,
			       occupation, education, citizenship, street, rt, rw, kelurahan_kode, phone, email, status, nomor_kk,
			       family_relationship
			from resident where tenant_id = :tenant""";
	private static final String BY_NIK = COLUMNS + " and nik = :nik";
	private static final String BY_KK = COLUMNS + " and nomor_kk = :kk";
	private static final String BY_IDS = COLUMNS + " and id in (:ids)";

	private final JdbcClient jdbc;
	private final EntityManager entities;

	ResidentRows(JdbcClient jdbc, EntityManager entities) {
		this.jdbc = jdbc;
		this.entities = entities;
	}

	Optional<ResidentRecord> byNik(Nik nik) {
		return byNikDigits(nik.value());
	}

	/** Typed digits that may or may not form a valid NIK: a search box does not know yet. */
	Optional<ResidentRecord> byNikDigits(String digits) {
		flushPendingChanges();
		return jdbc.sql(BY_NIK).param("tenant", TenantContext.require().value()).param("nik", digits)
			.query((rs, row) -> record(rs)).optional();
	}

	/** The members of one family, in no particular order. */
	List<ResidentRecord> byNomorKk(String nomorKk) {
		flushPendingChanges();
		return jdbc.sql(BY_KK).param("tenant", TenantContext.require().value()).param("kk", nomorKk)
			.query((rs, row) -> record(rs)).list();
	}

	/** By row id, as a search index knows them; ids of rows that are gone (or of another pemda) are absent. */
	Map<UUID, ResidentRecord> byIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		flushPendingChanges();
		Map<UUID, ResidentRecord> found = new HashMap<>();
		jdbc.sql(BY_IDS).param("tenant", TenantContext.require().value()).param("ids", ids)
			.query(rs -> {
				found.put(rs.getObject("id", UUID.class), record(rs));
			});
		return found;
	}

	private void flushPendingChanges() {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			entities.flush();
		}
	}

	private static ResidentRecord record(ResultSet rs) throws SQLException {
		String nomorKk = rs.getString("nomor_kk");
		String relationship = rs.getString("family_relationship");
		return new ResidentRecord(Nik.of(rs.getString("nik")), rs.getString("full_name"), rs.getString("birth_place"),
				rs.getObject("birth_date", java.time.LocalDate.class), Gender.valueOf(rs.getString("gender")),
				BloodType.valueOf(rs.getString("blood_type")), Religion.valueOf(rs.getString("religion")),
				MaritalStatus.valueOf(rs.getString("marital_status")), rs.getString("occupation"),
				rs.getString("education"), Citizenship.valueOf(rs.getString("citizenship")),
				new Address(rs.getString("street"), rs.getString("rt"), rs.getString("rw"),
						KodeWilayah.of(rs.getString("kelurahan_kode"))),
				rs.getString("phone"), rs.getString("email"), ResidentStatus.valueOf(rs.getString("status")),
				nomorKk == null ? null : NomorKk.of(nomorKk),
				relationship == null ? null : FamilyRelationship.valueOf(relationship));
	}
}
