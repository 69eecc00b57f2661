package id.padu.registry.internal;

import id.padu.shared.persistence.TimeOrderedUuid;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Any other database (H2, the embedded default): read what the batch's NIKs hold now, compare in Java,
 * then insert the new rows and update the changed ones in JDBC batches. Portable SQL only.
 */
final class ResidentImportJdbcStore implements ResidentImportStore {

	private static final int CHUNK = 500;
	private static final String SELECT = "select nik, " + String.join(", ", ResidentImportRow.COLUMNS)
			+ " from resident where tenant_id = :tenant and nik in (:niks)";
	private static final String INSERT = """
			insert into resident (id, tenant_id, version, nik, full_name, birth_place, birth_date, gender, religion,
			  marital_status, occupation, street, rt, rw, kelurahan_kode, nomor_kk, family_relationship, blood_type,
			  citizenship, status, registered_at)
			values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'TIDAK_TAHU', 'WNI', 'HIDUP', ?)""";
	private static final String UPDATE = "update resident set "
			+ String.join(" = ?, ", ResidentImportRow.COLUMNS) + " = ?, version = version + 1 where tenant_id = ? and nik = ?";
	private static final String FAMILY_SELECT = """
			select nomor_kk, street, rt, rw, kelurahan_kode from family where tenant_id = :tenant and nomor_kk in (:kks)""";
	private static final String FAMILY_INSERT = """
			insert into family (id, tenant_id, version, nomor_kk, issued_on, street, rt, rw, kelurahan_kode)
			values (?, ?, 0, ?, ?, ?, ?, ?, ?)""";
	private static final String FAMILY_UPDATE = """
			update family set street = ?, rt = ?, rw = ?, kelurahan_kode = ?, version = version + 1
			where tenant_id = ? and nomor_kk = ?""";

	private final JdbcTemplate jdbc;
	private final NamedParameterJdbcTemplate named;

	ResidentImportJdbcStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	@Override
	public Written write(String tenant, List<ResidentImportRow> rows, Timestamp now) {
		writeFamilies(tenant, ResidentImportStore.families(rows));
		Map<String, List<Object>> stored = new HashMap<>();
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<String> niks = rows.subList(from, Math.min(rows.size(), from + CHUNK)).stream()
				.map(ResidentImportRow::nik).toList();
			named.query(SELECT, Map.of("tenant", tenant, "niks", niks), rs -> {
				Object[] values = new Object[ResidentImportRow.COLUMNS.size()];
				for (int c = 0; c < values.length; c++) {
					values[c] = ResidentImportRow.COLUMNS.get(c).equals("birth_date")
							? rs.getObject(c + 2, LocalDate.class) : rs.getString(c + 2);
				}
				stored.put(rs.getString(1), Arrays.asList(values));
			});
		}
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		List<String> niks = new ArrayList<>();
		for (ResidentImportRow r : rows) {
			List<Object> values = r.stored();
			List<Object> before = stored.get(r.nik());
			if (before == null) {
				List<Object> insert = new ArrayList<>(List.of(TimeOrderedUuid.next(), tenant, r.nik()));
				insert.addAll(values);
				insert.add(now);
				inserts.add(insert.toArray());
			} else if (!before.equals(values)) {
				List<Object> update = new ArrayList<>(values);
				update.add(tenant);
				update.add(r.nik());
				updates.add(update.toArray());
			} else {
				continue;
			}
			niks.add(r.nik());
		}
		batch(INSERT, inserts);
		batch(UPDATE, updates);
		return new Written(inserts.size(), updates.size(), niks);
	}

	private void writeFamilies(String tenant, Collection<FamilyRow> families) {
		Map<String, List<Object>> stored = new HashMap<>();
		List<FamilyRow> all = List.copyOf(families);
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<String> kks = all.subList(from, Math.min(all.size(), from + CHUNK)).stream().map(FamilyRow::nomorKk).toList();
			named.query(FAMILY_SELECT, Map.of("tenant", tenant, "kks", kks), rs -> {
				stored.put(rs.getString(1), Arrays.asList(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
			});
		}
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		for (FamilyRow f : all) {
			List<Object> before = stored.get(f.nomorKk());
			if (before == null) {
				inserts.add(new Object[] { TimeOrderedUuid.next(), tenant, f.nomorKk(), f.issuedOn(), f.street(), f.rt(),
						f.rw(), f.kelurahanKode() });
			} else if (f.fromHead() && !before.equals(Arrays.asList(f.street(), f.rt(), f.rw(), f.kelurahanKode()))) {
				updates.add(new Object[] { f.street(), f.rt(), f.rw(), f.kelurahanKode(), tenant, f.nomorKk() });
			}
		}
		batch(FAMILY_INSERT, inserts);
		batch(FAMILY_UPDATE, updates);
	}

	private void batch(String sql, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(sql, rows);
		}
	}
}
