package id.padu.localtax.internal;

import id.padu.shared.TenantId;
import id.padu.shared.persistence.TimeOrderedUuid;
import id.padu.shared.web.Formats;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes a demo tax roll in JDBC batches: the objects, and for each last year's and this year's SPPT worked
 * out by {@link PbbCalculation} under the pemda's regulation, paid as the object says (paid ones on their due
 * date, without interest).
 */
@Component
class DemoTaxRoll {

	/** A demo object and whether its SPPT of last year and of this year are paid. */
	record NewObject(String nop, String subjectNik, String street, String rt, String rw, String kelurahan, long land,
			String landClass, long njopLandPerM2, long building, String buildingClass, long njopBuildingPerM2,
			boolean njoptkp, boolean lastYearPaid, boolean thisYearPaid) {
	}

	private final JdbcTemplate jdbc;

	DemoTaxRoll(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(TenantId tenant, List<NewObject> objects, PbbRegulation regulation, int year) {
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> objectRows = new ArrayList<>();
		List<Object[]> spptRows = new ArrayList<>();
		for (NewObject o : objects) {
			UUID id = TimeOrderedUuid.next();
			objectRows.add(new Object[] { id, tenant.value(), o.nop(), o.subjectNik(), o.street(), o.rt(), o.rw(),
					o.kelurahan(), o.land(), o.building(), o.landClass(), o.njopLandPerM2(), o.buildingClass(),
					o.njopBuildingPerM2(), o.njoptkp(), now });
			PbbCalculation.Amounts amounts = PbbCalculation.of(new PbbCalculation.ObjectFacts(o.land(), o.njopLandPerM2(),
					o.building(), o.njopBuildingPerM2(), o.njoptkp()), regulation);
			spptRows.add(sppt(tenant, id, o, year - 1, amounts, regulation, o.lastYearPaid(), now));
			spptRows.add(sppt(tenant, id, o, year, amounts, regulation, o.thisYearPaid(), now));
		}
		jdbc.batchUpdate("""
				insert into pbb_object (id, tenant_id, version, nop, subject_nik, street, rt, rw, kelurahan_kode,
				  land_area_m2, building_area_m2, land_class, njop_land_per_m2, building_class, njop_building_per_m2,
				  njoptkp_applies, registered_at)
				values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", objectRows);
		jdbc.batchUpdate("""
				insert into pbb_sppt (id, tenant_id, version, object_id, nop, tax_year, subject_nik, land_area_m2,
				  building_area_m2, njop_land, njop_building, njop, njoptkp, tax_base, tariff_bp, tax_rupiah, due_date,
				  status, paid_at, penalty_paid, issued_at)
				values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""", spptRows);
	}

	private static Object[] sppt(TenantId tenant, UUID objectId, NewObject o, int year, PbbCalculation.Amounts a,
			PbbRegulation regulation, boolean paid, Timestamp now) {
		LocalDate due = regulation.dueDate(year);
		Timestamp paidAt = paid ? Timestamp.from(due.minusDays(10).atTime(10, 0).atZone(Formats.JAKARTA)
			.toInstant()) : null;
		return new Object[] { TimeOrderedUuid.next(), tenant.value(), objectId, o.nop(), year, o.subjectNik(), o.land(),
				o.building(), a.njopLand(), a.njopBuilding(), a.njop(), a.njoptkp(), a.taxBase(), a.tariffBasisPoints(),
				a.tax(), due, paid ? "PAID" : "UNPAID", paidAt, now };
	}
}
