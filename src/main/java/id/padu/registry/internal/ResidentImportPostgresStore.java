package id.padu.registry.internal;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * PostgreSQL: each batch is one {@code insert ... select from unnest(arrays) on conflict do update ... where
 * (changed)} statement, so thousands of rows cost one round trip. Rows the {@code where} leaves alone are
 * not returned; of the others, {@code xmax = 0} marks the freshly inserted ones.
 */
final class ResidentImportPostgresStore implements ResidentImportStore {

	private static final String RESIDENTS = """
			insert into resident as r (id, tenant_id, version, nik, full_name, birth_place, birth_date, gender, blood_type,
			  religion, marital_status, occupation, citizenship, street, rt, rw, kelurahan_kode, status, nomor_kk,
			  family_relationship, registered_at)
			select i.id, ?, 0, i.nik, i.full_name, i.birth_place, i.birth_date, i.gender, 'TIDAK_TAHU', i.religion,
			  i.marital_status, i.occupation, 'WNI', i.street, i.rt, i.rw, i.kelurahan_kode, 'HIDUP', i.nomor_kk,
			  i.family_relationship, ?
			from unnest(cast(? as uuid[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]),
			  cast(? as date[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]),
			  cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]),
			  cast(? as varchar[]))
			  as i(id, nik, full_name, birth_place, birth_date, gender, religion, marital_status, occupation, street, rt,
			  rw, kelurahan_kode, nomor_kk, family_relationship)
			on conflict (tenant_id, nik) do update set full_name = excluded.full_name, birth_place = excluded.birth_place,
			  birth_date = excluded.birth_date, gender = excluded.gender, religion = excluded.religion,
			  marital_status = excluded.marital_status, occupation = excluded.occupation, street = excluded.street,
			  rt = excluded.rt, rw = excluded.rw, kelurahan_kode = excluded.kelurahan_kode, nomor_kk = excluded.nomor_kk,
			  family_relationship = excluded.family_relationship, version = r.version + 1
			where (r.full_name, r.birth_place, r.birth_date, r.gender, r.religion, r.marital_status, r.occupation,
			  r.street, r.rt, r.rw, r.kelurahan_kode, r.nomor_kk, r.family_relationship)
			  is distinct from (excluded.full_name, excluded.birth_place, excluded.birth_date, excluded.gender,
			  excluded.religion, excluded.marital_status, excluded.occupation, excluded.street, excluded.rt, excluded.rw,
			  excluded.kelurahan_kode, excluded.nomor_kk, excluded.family_relationship)
			returning r.nik, (r.xmax = 0) as inserted""";

	private static final String FAMILIES = """
			insert into family as f (id, tenant_id, version, nomor_kk, issued_on, street, rt, rw, kelurahan_kode)
			select i.id, ?, 0, i.nomor_kk, i.issued_on, i.street, i.rt, i.rw, i.kelurahan_kode
			from unnest(cast(? as uuid[]), cast(? as varchar[]), cast(? as date[]), cast(? as varchar[]),
			  cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]))
			  as i(id, nomor_kk, issued_on, street, rt, rw, kelurahan_kode)
			""";
	private static final String FAMILIES_FROM_HEADS = FAMILIES + """
			on conflict (tenant_id, nomor_kk) do update set street = excluded.street, rt = excluded.rt, rw = excluded.rw,
			  kelurahan_kode = excluded.kelurahan_kode, version = f.version + 1
			where (f.street, f.rt, f.rw, f.kelurahan_kode)
			  is distinct from (excluded.street, excluded.rt, excluded.rw, excluded.kelurahan_kode)""";
	private static final String FAMILIES_FROM_MEMBERS = FAMILIES + "on conflict (tenant_id, nomor_kk) do nothing";

	private final JdbcTemplate jdbc;

	ResidentImportPostgresStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Written write(String tenant, List<ResidentImportRow> rows, Timestamp now) {
		return jdbc.execute((ConnectionCallback<Written>) con -> {
			Collection<FamilyRow> families = ResidentImportStore.families(rows);
			writeFamilies(con, tenant, families.stream().filter(FamilyRow::fromHead).toList(), FAMILIES_FROM_HEADS);
			writeFamilies(con, tenant, families.stream().filter(f -> !f.fromHead()).toList(), FAMILIES_FROM_MEMBERS);
			return writeResidents(con, tenant, rows, now);
		});
	}

	private static Written writeResidents(Connection con, String tenant, List<ResidentImportRow> rows, Timestamp now)
			throws SQLException {
		try (PreparedStatement insert = con.prepareStatement(RESIDENTS)) {
			insert.setString(1, tenant);
			insert.setTimestamp(2, now);
			int p = 3;
			insert.setArray(p++, ids(con, rows.size()));
			insert.setArray(p++, column(con, rows, ResidentImportRow::nik));
			insert.setArray(p++, column(con, rows, ResidentImportRow::fullName));
			insert.setArray(p++, column(con, rows, ResidentImportRow::birthPlace));
			insert.setArray(p++, column(con, rows, r -> r.birthDate().toString()));
			insert.setArray(p++, column(con, rows, r -> r.gender().name()));
			insert.setArray(p++, column(con, rows, r -> r.religion().name()));
			insert.setArray(p++, column(con, rows, r -> r.maritalStatus().name()));
			insert.setArray(p++, column(con, rows, ResidentImportRow::occupation));
			insert.setArray(p++, column(con, rows, ResidentImportRow::street));
			insert.setArray(p++, column(con, rows, ResidentImportRow::rt));
			insert.setArray(p++, column(con, rows, ResidentImportRow::rw));
			insert.setArray(p++, column(con, rows, ResidentImportRow::kelurahanKode));
			insert.setArray(p++, column(con, rows, ResidentImportRow::nomorKk));
			insert.setArray(p, column(con, rows, r -> r.relationship().name()));
			int imported = 0;
			List<String> niks = new ArrayList<>();
			try (ResultSet rs = insert.executeQuery()) {
				while (rs.next()) {
					niks.add(rs.getString(1));
					imported += rs.getBoolean(2) ? 1 : 0;
				}
			}
			return new Written(imported, niks.size() - imported, niks);
		}
	}

	private static void writeFamilies(Connection con, String tenant, List<FamilyRow> families, String sql)
			throws SQLException {
		if (families.isEmpty()) {
			return;
		}
		try (PreparedStatement insert = con.prepareStatement(sql)) {
			insert.setString(1, tenant);
			insert.setArray(2, ids(con, families.size()));
			insert.setArray(3, column(con, families, FamilyRow::nomorKk));
			insert.setArray(4, column(con, families, f -> f.issuedOn().toString()));
			insert.setArray(5, column(con, families, FamilyRow::street));
			insert.setArray(6, column(con, families, FamilyRow::rt));
			insert.setArray(7, column(con, families, FamilyRow::rw));
			insert.setArray(8, column(con, families, FamilyRow::kelurahanKode));
			insert.executeUpdate();
		}
	}

	private static java.sql.Array ids(Connection con, int count) throws SQLException {
		ResidentImportIds generator = new ResidentImportIds();
		String[] ids = new String[count];
		for (int i = 0; i < count; i++) {
			ids[i] = generator.next();
		}
		return con.createArrayOf("varchar", ids);
	}

	private static <T> java.sql.Array column(Connection con, List<T> rows, Function<T, String> value)
			throws SQLException {
		String[] values = new String[rows.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = value.apply(rows.get(i));
		}
		return con.createArrayOf("varchar", values);
	}
}
