package id.padu.registry.internal;

import id.padu.registry.Gender;
import id.padu.registry.IdentifierRules;
import id.padu.shared.Nik;
import id.padu.shared.NomorKk;
import id.padu.support.PaduIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo population as loaded at start-up: counts, the demo citizen, and numbers that pass every rule. */
@PaduIntegrationTest
class DemoResidentsIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentifierRules rules;

	@Autowired
	DemoResidents demo;

	record Row(String nik, LocalDate birthDate, String gender, String kelurahan, String nomorKk) {
	}

	@Test
	void threeThousandResidentsPerPemdaAndLoadingAgainAddsNone() {
		demo.run(null);
		for (String tenant : List.of("kota-tangerang", "kota-tangerang-selatan")) {
			// Other tests add residents through life events; the demo's own are those it recorded.
			assertThat(jdbc.sql("select count(distinct nik) from life_event where tenant_id = ? and recorded_by = 'demo'")
				.param(tenant).query(Long.class).single()).isEqualTo(3000);
			assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = ? and action = 'DEMO_IMPORT'")
				.param(tenant).query(Long.class).single()).isEqualTo(1);
		}
	}

	@Test
	void theDemoCitizenHasAFamily() {
		assertThat(jdbc.sql("select full_name from resident where tenant_id = 'kota-tangerang' and nik = '3671014508900003'")
			.query(String.class).single()).isEqualTo("Siti Rahmawati");
		assertThat(jdbc.sql("select family_relationship from resident where tenant_id = 'kota-tangerang' and nomor_kk = ?"
				+ " order by birth_date").param(DemoCitizenFamily.NOMOR_KK).query(String.class).list())
			.containsExactly("KEPALA_KELUARGA", "ISTRI", "ANAK", "ANAK");
	}

	@Test
	void everyGeneratedNumberPassesTheIdentifierRules() {
		for (String tenant : List.of("kota-tangerang", "kota-tangerang-selatan")) {
			String city = tenant.equals("kota-tangerang") ? "36.71." : "36.74.";
			List<Row> rows = jdbc.sql("""
					select r.nik, r.birth_date, r.gender, r.kelurahan_kode, r.nomor_kk from resident r
					where r.tenant_id = ? and exists (select 1 from life_event e where e.tenant_id = r.tenant_id
					  and e.nik = r.nik and e.recorded_by = 'demo')""")
				.param(tenant)
				.query((rs, n) -> new Row(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
						rs.getString(4), rs.getString(5)))
				.list();
			assertThat(rows).hasSize(3000);
			for (Row row : rows) {
				rules.checkNik(Nik.of(row.nik()), row.birthDate(), Gender.valueOf(row.gender()));
				assertThat(row.kelurahan()).startsWith(city);
			}
			List<String> families = jdbc.sql("select nomor_kk from family f where tenant_id = ? and exists "
					+ "(select 1 from resident r where r.tenant_id = f.tenant_id and r.nomor_kk = f.nomor_kk and exists "
					+ "(select 1 from life_event e where e.tenant_id = r.tenant_id and e.nik = r.nik and e.recorded_by = 'demo'))")
				.param(tenant).query(String.class).list();
			for (String kk : families) {
				NomorKk nomorKk = rules.nomorKk(kk);
				assertThat(nomorKk.kecamatan().value()).startsWith(city);
			}
			assertThat(jdbc.sql("""
					select count(*) from family f where f.tenant_id = ? and 1 <> (select count(*) from resident r
					  where r.tenant_id = f.tenant_id and r.nomor_kk = f.nomor_kk and r.family_relationship = 'KEPALA_KELUARGA')""")
				.param(tenant).query(Long.class).single()).isZero();
			assertThat(jdbc.sql("select count(*) from resident r where r.tenant_id = ? and not exists "
					+ "(select 1 from wilayah w where w.kode = r.kelurahan_kode and w.level = 'DESA_KELURAHAN')")
				.param(tenant).query(Long.class).single()).isZero();
		}
	}
}
