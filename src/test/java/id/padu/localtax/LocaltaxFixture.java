package id.padu.localtax;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A tax object of its own per test, written straight to the tables like Bapenda's roll import would: a house
 * plot of 100 m² at Rp 1.000.000 per m² in Kecamatan Cipondoh (NJOP Rp 100 juta, NJOPTKP Rp 10 juta, tax
 * Rp 90.000 at 0,1 %) with one unpaid SPPT.
 */
public final class LocaltaxFixture {

	public static final long TAX = 90_000;
	/** Kelurahan 36.71.05.1001 in Kecamatan Cipondoh: NOP digits 3671 050 001. */
	static final String PREFIX = "3671050001";

	private LocaltaxFixture() {
	}

	/** Answers the new object's NOP (18 digits). */
	public static String object(JdbcClient jdbc, String tenant, String nik, int year, LocalDate due) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String nop = PREFIX + String.format("%03d%04d0", 900 + random.nextInt(99), 1 + random.nextInt(9999));
		UUID object = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into pbb_object (id, tenant_id, version, nop, subject_nik, street, rt, rw, kelurahan_kode,
				  land_area_m2, building_area_m2, land_class, njop_land_per_m2, building_class, njop_building_per_m2,
				  njoptkp_applies, registered_at)
				values (?, ?, 0, ?, ?, 'Jl. Uji Pajak No. 1', '001', '002', '36.71.05.1001', 100, 0, 'A28', 1000000, null, 0,
				  true, ?)""")
			.params(object, tenant, nop, nik, now).update();
		jdbc.sql("""
				insert into pbb_sppt (id, tenant_id, version, object_id, nop, tax_year, subject_nik, land_area_m2,
				  building_area_m2, njop_land, njop_building, njop, njoptkp, tax_base, tariff_bp, tax_rupiah, due_date,
				  status, paid_at, penalty_paid, issued_at)
				values (?, ?, 0, ?, ?, ?, ?, 100, 0, 100000000, 0, 100000000, 10000000, 90000000, 10, ?, ?, 'UNPAID', null, 0, ?)""")
			.params(UUID.randomUUID(), tenant, object, nop, year, nik, TAX, due, now).update();
		return nop;
	}
}
