package id.padu.registry;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh families for the life-event tests, written straight to the tables like an import would, in
 * Kelurahan Cipondoh (36.71.05.1001) with NIK serials from 5000 up, which the demo generator never uses.
 */
final class LifeEventFixture {

	static final String TANGERANG = "kota-tangerang";
	static final String KELURAHAN = "36.71.05.1001";

	record Person(String nik, String name, LocalDate born, boolean female, String kk) {
	}

	/** A married couple on their own card: husband at the head, wife, and their marriage in the history. */
	record Couple(Person husband, Person wife, String kk) {
	}

	private LifeEventFixture() {
	}

	static Couple couple(JdbcClient jdbc, String husbandName, String wifeName) {
		String kk = family(jdbc);
		LocalDate husbandBorn = birthDate(1975);
		Person husband = resident(jdbc, kk, husbandName, husbandBorn, false, "KEPALA_KELUARGA", "KAWIN");
		Person wife = resident(jdbc, kk, wifeName, husbandBorn.plusYears(3), true, "ISTRI", "KAWIN");
		event(jdbc, husband.nik(), "MARRIAGE", LocalDate.of(2005, 6, 12), wife.nik());
		event(jdbc, wife.nik(), "MARRIAGE", LocalDate.of(2005, 6, 12), husband.nik());
		return new Couple(husband, wife, kk);
	}

	/** An unmarried adult heading their own card. */
	static Person single(JdbcClient jdbc, String name, boolean female) {
		return resident(jdbc, family(jdbc), name, birthDate(1990), female, "KEPALA_KELUARGA", "BELUM_KAWIN");
	}

	/** A card issued 15 January 2021, a date the other fixtures do not use, with a number nobody holds yet. */
	static String family(JdbcClient jdbc) {
		String kk;
		do {
			kk = String.format("367105150121%04d", 5000 + ThreadLocalRandom.current().nextInt(5000));
		} while (jdbc.sql("select count(*) from family where tenant_id = ? and nomor_kk = ?").params(TANGERANG, kk)
			.query(Long.class).single() > 0);
		jdbc.sql("""
				insert into family (id, tenant_id, version, nomor_kk, issued_on, street, rt, rw, kelurahan_kode)
				values (?, ?, 0, ?, ?, 'Jl. Peristiwa No. 3', '004', '005', ?)""")
			.params(UUID.randomUUID(), TANGERANG, kk, LocalDate.of(2021, 1, 15), KELURAHAN).update();
		return kk;
	}

	static Person resident(JdbcClient jdbc, String kk, String name, LocalDate born, boolean female, String relationship,
			String marital) {
		String nik;
		do {
			nik = String.format("367105%02d%02d%02d%04d", born.getDayOfMonth() + (female ? 40 : 0), born.getMonthValue(),
					born.getYear() % 100, 5000 + ThreadLocalRandom.current().nextInt(5000));
		} while (jdbc.sql("select count(*) from resident where tenant_id = ? and nik = ?").params(TANGERANG, nik)
			.query(Long.class).single() > 0);
		jdbc.sql("""
				insert into resident (id, tenant_id, version, nik, full_name, birth_place, birth_date, gender, blood_type,
				  religion, marital_status, occupation, education, citizenship, street, rt, rw, kelurahan_kode, phone, email,
				  status, nomor_kk, family_relationship, registered_at)
				values (?, ?, 0, ?, ?, 'Tangerang', ?, ?, 'TIDAK_TAHU', 'ISLAM', ?, 'Karyawan Swasta', 'SLTA/Sederajat', 'WNI',
				  'Jl. Peristiwa No. 3', '004', '005', ?, null, null, 'HIDUP', ?, ?, ?)""")
			.params(UUID.randomUUID(), TANGERANG, nik, name, born, female ? "P" : "L", marital, KELURAHAN, kk, relationship,
					Timestamp.from(Instant.parse("2024-01-02T03:00:00Z")))
			.update();
		event(jdbc, nik, "BIRTH", born, null);
		return new Person(nik, name, born, female, kk);
	}

	static void event(JdbcClient jdbc, String nik, String type, LocalDate date, String related) {
		jdbc.sql("""
				insert into life_event (id, tenant_id, version, nik, type, event_date, details, related_nik, wilayah_kode,
				  recorded_by, recorded_at)
				values (?, ?, 0, ?, ?, ?, null, ?, null, 'uji', ?)""")
			.params(UUID.randomUUID(), TANGERANG, nik, type, date, related, Timestamp.from(Instant.now())).update();
	}

	static String status(JdbcClient jdbc, String nik) {
		return jdbc.sql("select status || ' ' || marital_status from resident where tenant_id = ? and nik = ?")
			.params(TANGERANG, nik).query(String.class).single();
	}

	static long events(JdbcClient jdbc, String nik) {
		return jdbc.sql("select count(*) from life_event where tenant_id = ? and nik = ?").params(TANGERANG, nik)
			.query(Long.class).single();
	}

	private static LocalDate birthDate(int fromYear) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return LocalDate.of(fromYear + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
	}
}
