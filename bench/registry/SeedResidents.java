package id.padu.registry.internal;

import id.padu.registry.internal.DemoPopulation.Kelurahan;
import id.padu.registry.internal.RegistryRows.FamilyRow;
import id.padu.registry.internal.RegistryRows.Household;
import id.padu.registry.internal.RegistryRows.ResidentRow;
import id.padu.shared.persistence.TimeOrderedUuid;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bench seeder: writes N residents of one tenant straight into PostgreSQL with the demo population's
 * generator (the same names, spellings, families and NIK rules as the demo data), behind the running
 * application's back, so that the application's start-up rebuild of the search index is what gets
 * measured. Compiled by run.sh against the packaged application's classes (same package, so it can use
 * the generator); not part of the application.
 *
 * Usage: SeedResidents <jdbc-url> <tenant-id> <count>
 */
public final class SeedResidents {

	private static final String RESIDENT = """
			insert into resident (id, tenant_id, version, nik, full_name, birth_place, birth_date, gender, blood_type,
			  religion, marital_status, occupation, education, citizenship, street, rt, rw, kelurahan_kode, phone, email,
			  status, nomor_kk, family_relationship, registered_at)
			values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
	private static final String FAMILY = """
			insert into family (id, tenant_id, version, nomor_kk, issued_on, street, rt, rw, kelurahan_kode)
			values (?, ?, 0, ?, ?, ?, ?, ?, ?)""";

	private SeedResidents() {
	}

	public static void main(String[] args) throws Exception {
		String url = args[0];
		String tenant = args[1];
		int count = Integer.parseInt(args[2]);
		try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
			db.setAutoCommit(false);
			String city = one(db, "select kode_wilayah from tenant where id = ?", tenant);
			List<Kelurahan> kelurahan = list(db, "select kode from wilayah where kode like ?", city + ".__.____").stream()
				.map(Kelurahan::new).toList();
			Map<String, List<String>> kecamatan = new HashMap<>();
			String cityName = one(db, "select nama from wilayah where kode = ?", city).replaceFirst("^(KOTA|KABUPATEN|Kota|Kabupaten) ", "");
			DemoPopulation population = new DemoPopulation(20_260_401L, LocalDate.now(), kelurahan, born -> cityName,
					regency -> kecamatan.computeIfAbsent(regency, r -> {
						try {
							return list(db, "select kode from wilayah where induk = ?", r);
						} catch (SQLException e) {
							throw new IllegalStateException(e);
						}
					}));
			// The numbers the tenant holds already (demo data) must not be generated again.
			list(db, "select nik from resident where tenant_id = ?", tenant).forEach(population::reserve);
			list(db, "select nomor_kk from family where tenant_id = ?", tenant).forEach(population::reserve);
			long started = System.nanoTime();
			int written = 0;
			Timestamp now = Timestamp.from(Instant.now());
			try (PreparedStatement residents = db.prepareStatement(RESIDENT);
					PreparedStatement families = db.prepareStatement(FAMILY)) {
				int pending = 0;
				while (written < count) {
					Household household = population.next(count - written);
					add(families, residents, tenant, household, now);
					written += household.members().size();
					pending += household.members().size();
					if (pending >= 5_000) {
						families.executeBatch();
						residents.executeBatch();
						db.commit();
						pending = 0;
					}
					if (written % 200_000 < household.members().size()) {
						System.out.printf("  seeded %,d residents%n", written);
					}
				}
				families.executeBatch();
				residents.executeBatch();
				db.commit();
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("seeded %,d residents in %.1f s (%,.0f rows/s, plain JDBC batches)%n", written, seconds,
					written / seconds);
			try (var analyze = db.createStatement()) {
				analyze.execute("analyze resident");
				db.commit();
			}
		}
	}

	private static void add(PreparedStatement families, PreparedStatement residents, String tenant, Household household,
			Timestamp now) throws SQLException {
		FamilyRow f = household.family();
		families.setObject(1, TimeOrderedUuid.next());
		families.setString(2, tenant);
		families.setString(3, f.nomorKk());
		families.setDate(4, Date.valueOf(f.issuedOn()));
		families.setString(5, f.street());
		families.setString(6, f.rt());
		families.setString(7, f.rw());
		families.setString(8, f.kelurahanKode());
		families.addBatch();
		for (ResidentRow r : household.members()) {
			Object[] values = { TimeOrderedUuid.next(), tenant, r.nik(), r.fullName(), r.birthPlace(),
					Date.valueOf(r.birthDate()), r.gender().name(), r.bloodType().name(), r.religion().name(),
					r.maritalStatus().name(), r.occupation(), r.education(), r.citizenship().name(), r.street(), r.rt(),
					r.rw(), r.kelurahanKode(), r.phone(), r.email(), r.status().name(), r.nomorKk(),
					r.relationship() == null ? null : r.relationship().name(), now };
			for (int i = 0; i < values.length; i++) {
				residents.setObject(i + 1, values[i]);
			}
			residents.addBatch();
		}
	}

	private static String one(Connection db, String sql, String param) throws SQLException {
		List<String> values = list(db, sql, param);
		if (values.isEmpty()) {
			throw new IllegalStateException("Nothing for " + sql + " with " + param);
		}
		return values.get(0);
	}

	private static List<String> list(Connection db, String sql, String param) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setString(1, param);
			statement.setFetchSize(10_000);
			try (ResultSet rs = statement.executeQuery()) {
				List<String> values = new ArrayList<>();
				while (rs.next()) {
					values.add(rs.getString(1));
				}
				return values;
			}
		}
	}
}
