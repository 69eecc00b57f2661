package id.padu.registry.internal;

import id.padu.shared.persistence.TimeOrderedUuid;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ConnectionCallback;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

	private static final String SELECT = "select " + String.join(", ", ResidentImportRow.COLUMNS)
			+ " from resident where tenant_id = ? and nik = ?";
	private static final String INSERT = """
			insert into resident (id, tenant_id, version, nik, full_name, birth_place, birth_date, gender, religion,
			  marital_status, occupation, street, rt, rw, kelurahan_kode, nomor_kk, family_relationship, blood_type,
			  citizenship, status, registered_at)
			values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'TIDAK_TAHU', 'WNI', 'HIDUP', ?)""";
	private static final String UPDATE = "update resident set "
			+ String.join(" = ?, ", ResidentImportRow.COLUMNS) + " = ?, version = version + 1 where tenant_id = ? and nik = ?";
	private static final String FAMILY_SELECT = """
			select street, rt, rw, kelurahan_kode from family where tenant_id = ? and nomor_kk = ?""";
	private static final String FAMILY_INSERT = """
			insert into family (id, tenant_id, version, nomor_kk, issued_on, street, rt, rw, kelurahan_kode)
			values (?, ?, 0, ?, ?, ?, ?, ?, ?)""";
	private static final String FAMILY_UPDATE = """
			update family set street = ?, rt = ?, rw = ?, kelurahan_kode = ?, version = version + 1
			where tenant_id = ? and nomor_kk = ?""";

	private final JdbcTemplate jdbc;

	ResidentImportJdbcStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Written write(String tenant, List<ResidentImportRow> rows, Timestamp now) {
		writeFamilies(tenant, ResidentImportStore.families(rows));
		// One indexed look-up per row on a single prepared statement: H2 does not use the (tenant_id, nik)
		// index for an IN list, and embedded it has no round trip to save.
		Map<String, List<Object>> stored = lookUp(SELECT, tenant, rows.stream().map(ResidentImportRow::nik).toList(),
				ResidentImportRow.COLUMNS.indexOf("birth_date"));
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
		List<FamilyRow> all = List.copyOf(families);
		Map<String, List<Object>> stored = lookUp(FAMILY_SELECT, tenant, all.stream().map(FamilyRow::nomorKk).toList(), -1);
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

	/** The stored values for each key that exists, read with one prepared statement; column {@code date} as LocalDate. */
	private Map<String, List<Object>> lookUp(String sql, String tenant, List<String> keys, int date) {
		return jdbc.execute((ConnectionCallback<Map<String, List<Object>>>) con -> {
			Map<String, List<Object>> found = new HashMap<>();
			try (PreparedStatement select = con.prepareStatement(sql)) {
				select.setString(1, tenant);
				for (String key : keys) {
					select.setString(2, key);
					try (ResultSet rs = select.executeQuery()) {
						if (rs.next()) {
							int columns = rs.getMetaData().getColumnCount();
							Object[] values = new Object[columns];
							for (int c = 0; c < columns; c++) {
								values[c] = c == date ? rs.getObject(c + 1, LocalDate.class) : rs.getString(c + 1);
							}
							found.put(key, Arrays.asList(values));
						}
					}
				}
			}
			return found;
		});
	}

	private void batch(String sql, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(sql, rows);
		}
	}
}
