package id.padu.registry;

import id.padu.registry.LifeEventFixture.Couple;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static id.padu.registry.LifeEventFixture.TANGERANG;
import static id.padu.registry.LifeEventFixture.events;
import static id.padu.registry.LifeEventPagesIT.post;
import static id.padu.registry.LifeEventPagesIT.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Births and moves in from the family card: the child's NIK is issued, the newcomer's is checked. */
@PaduIntegrationTest
class FamilyEventPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBirthGivesTheChildANikAndAPlaceOnTheMothersCard() {
		Couple couple = LifeEventFixture.couple(jdbc, "Hendra Wijaya", "Lestari Ningsih");
		WebClient petugas = WebClient.signedIn(port, "petugas");
		String card = text(petugas.get("/kantor/penduduk/kk/" + couple.kk() + "?choice=pemutakhiran"));
		assertThat(card).contains("Catat peristiwa kependudukan", "/kantor/penduduk/kk/" + couple.kk() + "/peristiwa/kelahiran",
				"Catat pindah datang");
		String path = "/kantor/penduduk/kk/" + couple.kk() + "/peristiwa/kelahiran";
		assertThat(text(petugas.get(path))).contains("Catat kelahiran", "value=\"" + couple.wife().nik() + "\"",
				"Lestari Ningsih · " + couple.wife().nik()).doesNotContain("value=\"" + couple.husband().nik() + "\"");

		Map<String, String> fields = new LinkedHashMap<>(Map.of("name", " ", "birthPlace", "Tangerang",
				"birthDate", LocalDate.now().plusDays(1).toString(), "gender", "P", "religion", "ISLAM",
				"citizenship", "WNI", "bloodType", "TIDAK_TAHU", "motherNik", couple.husband().nik(),
				"fatherNik", couple.wife().nik()));
		HttpResponse<String> invalid = post(petugas, path, fields);
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(text(invalid)).contains("Isi nama lengkap.", "Tanggal peristiwa tidak boleh di masa depan.",
				"Ibu harus perempuan yang tercatat dalam Kartu Keluarga ini.");
		fields.put("gender", "X");
		assertThat(text(post(petugas, path + "?lang=en", fields))).contains("Choose the gender.", "Enter the full name.");
		assertThat(count("select count(*) from resident where tenant_id = ? and nomor_kk = ?", couple.kk())).isEqualTo(2);

		LocalDate born = LocalDate.of(2025, 5, 17);
		fields.putAll(Map.of("name", "Aulia Putri Wijaya", "birthDate", born.toString(), "gender", "P",
				"motherNik", couple.wife().nik(), "fatherNik", couple.husband().nik(), "certificate", "3671-LT-17052025-0042"));
		// The lowest serial nobody holds for girls born that day in Cipondoh.
		String prefix = "367105" + IdentifierRules.expectedDatePart(born, Gender.P);
		int taken = jdbc.sql("select count(*) from resident where tenant_id = ? and nik like ?").params(TANGERANG, prefix + "%")
			.query(Integer.class).single();
		HttpResponse<String> done = post(petugas, path + "?lang=id", fields);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
		String location = done.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		String nik = location.replaceAll(".*/kantor/penduduk/(\\d{16}).*", "$1");
		assertThat(nik).startsWith(prefix);
		assertThat(Integer.parseInt(nik.substring(12))).isBetween(1, taken + 1);
		String child = text(petugas.get(location));
		assertThat(child).contains("Kelahiran Aulia Putri Wijaya telah dicatat dengan NIK " + nik + " dalam Kartu Keluarga "
				+ couple.kk() + ".", "Akta kelahiran: 3671-LT-17052025-0042", "Anak", "Hendra Wijaya");
		assertThat(jdbc.sql("select family_relationship || ' ' || nomor_kk || ' ' || kelurahan_kode || ' ' || occupation from resident where tenant_id = ? and nik = ?")
			.params(TANGERANG, nik).query(String.class).single())
			.isEqualTo("ANAK " + couple.kk() + " 36.71.05.1001 Belum/Tidak Bekerja");
		assertThat(jdbc.sql("select related_nik from life_event where tenant_id = ? and nik = ? and type = 'BIRTH' and related_nik is not null")
			.params(TANGERANG, couple.wife().nik()).query(String.class).single()).isEqualTo(nik);
	}

	@Test
	void aNewcomerJoinsTheCardWithTheirOwnNikFromOutsideTheCity() {
		Couple couple = LifeEventFixture.couple(jdbc, "Dedi Kurniawan", "Nining Suryani");
		WebClient kadis = WebClient.signedIn(port, "kadis");
		String path = "/kantor/penduduk/kk/" + couple.kk() + "/peristiwa/pindah-datang";
		assertThat(text(kadis.get(path))).contains("Catat pindah datang", "Daerah asal", "Hubungan keluarga");
		LocalDate born = LocalDate.of(1958, 2, 3);
		String nik = String.format("320501%02d%02d%02d%04d", born.getDayOfMonth() + 40, born.getMonthValue(),
				born.getYear() % 100, 5000 + ThreadLocalRandom.current().nextInt(5000));
		Map<String, String> fields = new LinkedHashMap<>(Map.of("nik", nik, "name", "Euis Komariah", "birthPlace", "Garut",
				"birthDate", born.plusDays(1).toString(), "gender", "P", "religion", "ISLAM", "maritalStatus", "CERAI_MATI",
				"relationship", "KEPALA_KELUARGA", "origin", "36.71.02", "date", "2025-04-01"));
		fields.put("citizenship", "WNI");
		fields.put("phone", "0812-3456-7890");
		HttpResponse<String> invalid = post(kadis, path, fields);
		assertThat(text(invalid)).contains("Angka ke-7 sampai ke-12 NIK tidak sesuai dengan tanggal lahir",
				"Daerah asal berada di Kota Tangerang sendiri.");
		fields.put("birthDate", born.toString());
		fields.put("origin", "32.05.01");
		HttpResponse<String> headTaken = post(kadis, path, fields);
		assertThat(text(headTaken)).contains("Keluarga ini sudah memiliki kepala keluarga.", "href=\"#relationship\"");
		assertThat(count("select count(*) from resident where tenant_id = ? and nik = ?", nik)).isZero();

		fields.put("relationship", "MERTUA");
		HttpResponse<String> done = post(kadis, path, fields);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
		assertThat(text(kadis.get("/kantor/penduduk/" + nik + "?choice=pemutakhiran")))
			.contains("Pindah datang Euis Komariah telah dicatat dalam Kartu Keluarga " + couple.kk() + ".", "Pindah datang",
					"32.05.01", "081234567890");
		assertThat(jdbc.sql("select family_relationship || ' ' || street from resident where tenant_id = ? and nik = ?")
			.params(TANGERANG, nik).query(String.class).single()).isEqualTo("MERTUA Jl. Peristiwa No. 3");
		assertThat(events(jdbc, nik)).isEqualTo(1);
	}

	@Test
	void aCardWithoutAWomanLivingHereOffersNoBirth() {
		LifeEventFixture.Person single = LifeEventFixture.single(jdbc, "Gunawan Sutanto", false);
		String card = text(WebClient.signedIn(port, "petugas").get("/kantor/penduduk/kk/" + single.kk() + "?choice=pemutakhiran"));
		assertThat(card).contains("Catat pindah datang", "kelahiran dicatat pada Kartu Keluarga ibunya")
			.doesNotContain("/peristiwa/kelahiran");
	}

	private long count(String sql, String value) {
		return jdbc.sql(sql).params(TANGERANG, value).query(Long.class).single();
	}
}
