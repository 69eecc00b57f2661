package id.padu.registry;

import id.padu.registry.LifeEventFixture.Couple;
import id.padu.registry.LifeEventFixture.Person;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static id.padu.registry.LifeEventFixture.TANGERANG;
import static id.padu.registry.LifeEventFixture.events;
import static id.padu.registry.LifeEventFixture.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officers' pages for deaths, moves out, marriages and divorces: errors next to the fields in
 * Indonesian and English with nothing written, then the event in the history with a confirmation.
 */
@PaduIntegrationTest
class LifeEventPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDeathIsRecordedFromTheResidentsPageAndClosesTheRecord() {
		Couple couple = LifeEventFixture.couple(jdbc, "Slamet Riyadi", "Sumarni");
		WebClient petugas = WebClient.signedIn(port, "petugas");
		String page = text(petugas.get("/kantor/penduduk/" + couple.husband().nik() + "?choice=pemutakhiran"));
		assertThat(page).contains("Catat peristiwa kependudukan", "/kantor/penduduk/" + couple.husband().nik() + "/peristiwa/kematian",
				"Catat pindah keluar", "Catat perceraian");
		// A married woman marries again only after a divorce; the link is not offered to her.
		assertThat(text(petugas.get("/kantor/penduduk/" + couple.wife().nik() + "?choice=pemutakhiran")))
			.contains("Catat perceraian").doesNotContain("Catat perkawinan");
		String path = "/kantor/penduduk/" + couple.husband().nik() + "/peristiwa/kematian";
		String form = text(petugas.get(path));
		assertThat(form).contains("Catat kematian", "Slamet Riyadi", couple.husband().nik(), "Tempat meninggal");
		// Opening the form is a read of the fields it shows, logged with its purpose.
		assertThat(jdbc.sql("select fields from personal_data_access where tenant_id = ? and nik = ? and purpose = ?")
			.params(TANGERANG, couple.husband().nik(), "Pencatatan peristiwa kependudukan").query(String.class).list())
			.singleElement().asString().contains("name", "birthDate", "maritalStatus").doesNotContain("address", "lifeEvents");

		HttpResponse<String> invalid = post(petugas, path, Map.of("date", LocalDate.now().plusDays(2).toString(), "place", " "));
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(text(invalid)).contains("id=\"error-summary\"", "Tanggal peristiwa tidak boleh di masa depan.",
				"Isi tempat meninggal.", "href=\"#date\"", "href=\"#place\"");
		HttpResponse<String> beforeBirth = post(petugas, path + "?lang=en",
				Map.of("date", couple.husband().born().minusDays(1).toString(), "place", "Rumah"));
		assertThat(text(beforeBirth)).contains("The date of the event cannot be before the date of birth.");
		assertThat(events(jdbc, couple.husband().nik())).isEqualTo(2);
		assertThat(status(jdbc, couple.husband().nik())).isEqualTo("HIDUP KAWIN");

		HttpResponse<String> done = post(petugas, path + "?lang=id", Map.of("date", "2025-01-02", "place", "RSUD Kota Tangerang",
				"cause", "Sakit jantung", "certificate", "474.3/123/2025"));
		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
		String location = done.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(location).isEqualTo("/kantor/penduduk/" + couple.husband().nik() + "?choice=pemutakhiran");
		String after = text(petugas.get(location));
		assertThat(after).contains("id=\"life-event-message\"", "Kematian Slamet Riyadi telah dicatat.",
				"Tempat meninggal: RSUD Kota Tangerang; Sebab: Sakit jantung; Surat keterangan kematian: 474.3/123/2025",
				"dicatat oleh petugas", "Penduduk ini sudah meninggal; tidak ada peristiwa lain yang dapat dicatat.")
			.doesNotContain("/peristiwa/kematian\"");
		assertThat(status(jdbc, couple.husband().nik())).isEqualTo("MENINGGAL KAWIN");
		assertThat(status(jdbc, couple.wife().nik())).isEqualTo("HIDUP CERAI_MATI");
		// The confirmation is shown once.
		assertThat(text(petugas.get(location))).doesNotContain("life-event-message");

		HttpResponse<String> closed = petugas.get(path);
		assertThat(closed.statusCode()).isEqualTo(422);
		assertThat(text(closed)).contains("Penduduk ini sudah meninggal.");
		HttpResponse<String> again = post(petugas, path, Map.of("date", "2025-01-03", "place", "Rumah"));
		assertThat(again.statusCode()).isEqualTo(422);
		assertThat(events(jdbc, couple.husband().nik())).isEqualTo(3);
	}

	@Test
	void aMoveOutNeedsAPlaceOutsideTheCityChosenFromTheDirectory() {
		Person person = LifeEventFixture.single(jdbc, "Rudi Setiawan", false);
		WebClient petugas = WebClient.signedIn(port, "petugas");
		String options = text(petugas.get("/kantor/penduduk/pilih-wilayah?destinationQuery=coblong%20bandung"));
		assertThat(options).contains("name=\"destination\"", "value=\"32.73.02\"", "Coblong — Kota Bandung, Jawa Barat");
		assertThat(text(petugas.get("/kantor/penduduk/pilih-wilayah?originQuery=32.73.02"))).contains("name=\"origin\"",
				"value=\"32.73.02\"");

		String path = "/kantor/penduduk/" + person.nik() + "/peristiwa/pindah-keluar";
		assertThat(text(petugas.get(path))).contains("Daerah tujuan", "Cari kecamatan", "hx-get=\"/kantor/penduduk/pilih-wilayah\"");
		Map<String, String> fields = new LinkedHashMap<>(Map.of("date", "2025-03-01", "destinationQuery", "coblong",
				"reason", "Pekerjaan"));
		HttpResponse<String> notChosen = post(petugas, path, fields);
		assertThat(text(notChosen)).contains("Pilih salah satu daerah dari daftar di bawah kotak pencarian.",
				"value=\"32.73.02\"", "Coblong — Kota Bandung");
		fields.put("destination", "36.71.01");
		assertThat(text(post(petugas, path, fields))).contains("Daerah tujuan berada di Kota Tangerang sendiri.");
		fields.put("destination", "99.99.99");
		assertThat(text(post(petugas, path + "?lang=en", fields))).contains("Area code 99.99.99 is not in the Kemendagri list");
		assertThat(status(jdbc, person.nik())).isEqualTo("HIDUP BELUM_KAWIN");
		assertThat(events(jdbc, person.nik())).isEqualTo(1);

		fields.remove("destination");
		fields.put("destinationQuery", "32.73.02");
		fields.put("address", "Jl. Dago No. 10, Bandung");
		HttpResponse<String> done = post(petugas, path + "?lang=id", fields);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
		String after = text(petugas.get("/kantor/penduduk/" + person.nik() + "?choice=pemutakhiran"));
		assertThat(after).contains("Pindah keluar Rudi Setiawan telah dicatat.", "Pindah keluar", "32.73.02",
				"Alasan: Pekerjaan; Alamat tujuan: Jl. Dago No. 10, Bandung");
		assertThat(status(jdbc, person.nik())).isEqualTo("PINDAH BELUM_KAWIN");
		assertThat(jdbc.sql("select wilayah_kode from life_event where tenant_id = ? and nik = ? and type = 'MOVE_OUT'")
			.params(TANGERANG, person.nik()).query(String.class).single()).isEqualTo("32.73.02");
	}

	@Test
	void aMarriageAndADivorceAreRecordedForBothSpouses() {
		Person groom = LifeEventFixture.single(jdbc, "Andi Pratama", false);
		Person bride = LifeEventFixture.single(jdbc, "Rina Marlina", true);
		WebClient kadis = WebClient.signedIn(port, "kadis");
		String path = "/kantor/penduduk/" + groom.nik() + "/peristiwa/perkawinan";
		assertThat(text(kadis.get(path))).contains("Catat perkawinan", "NIK pasangan");
		Map<String, String> fields = new LinkedHashMap<>(Map.of("spouseNik", groom.nik(), "date", "2025-02-14",
				"certificate", "0123/045/II/2025"));
		assertThat(text(post(kadis, path, fields))).contains("Perkawinan memerlukan dua orang yang berbeda.");
		fields.put("spouseNik", "3671055101990001");
		HttpResponse<String> unknown = post(kadis, path, fields);
		assertThat(text(unknown)).contains("Penduduk dengan NIK tersebut tidak ditemukan.", "href=\"#spouseNik\"");
		fields.put("spouseNik", "367105510199");
		assertThat(text(post(kadis, path + "?lang=en", fields))).contains("16 digits");
		assertThat(events(jdbc, groom.nik())).isEqualTo(1);

		fields.put("spouseNik", bride.nik().substring(0, 4) + " " + bride.nik().substring(4));
		HttpResponse<String> married = post(kadis, path + "?lang=id", fields);
		assertThat(married.statusCode()).as(married.body()).isEqualTo(302);
		assertThat(text(kadis.get("/kantor/penduduk/" + groom.nik() + "?choice=pemutakhiran")))
			.contains("Perkawinan Andi Pratama dengan NIK " + bride.nik() + " telah dicatat untuk keduanya.",
					"Akta/buku nikah: 0123/045/II/2025");
		assertThat(status(jdbc, groom.nik())).isEqualTo("HIDUP KAWIN");
		assertThat(status(jdbc, bride.nik())).isEqualTo("HIDUP KAWIN");

		Couple others = LifeEventFixture.couple(jdbc, "Joko Susilo", "Tuti Handayani");
		String divorce = "/kantor/penduduk/" + bride.nik() + "/peristiwa/perceraian";
		assertThat(text(kadis.get(divorce))).contains("Catat perceraian", "value=\"" + groom.nik() + "\"");
		Map<String, String> wrong = Map.of("spouseNik", others.husband().nik(), "date", "2025-08-01", "certificate", "AC/1");
		assertThat(text(post(kadis, divorce, wrong))).contains("keduanya tidak sedang terikat perkawinan satu sama lain");
		HttpResponse<String> divorced = post(kadis, divorce, Map.of("spouseNik", groom.nik(), "date", "2025-08-01",
				"certificate", "1234/AC/2025/PA.Tng"));
		assertThat(divorced.statusCode()).as(divorced.body()).isEqualTo(302);
		assertThat(status(jdbc, groom.nik())).isEqualTo("HIDUP CERAI_HIDUP");
		assertThat(status(jdbc, bride.nik())).isEqualTo("HIDUP CERAI_HIDUP");
		assertThat(status(jdbc, others.husband().nik())).isEqualTo("HIDUP KAWIN");
	}

	@Test
	void onlyOfficersAndHeadsSeeAndSendTheForms() {
		Person person = LifeEventFixture.single(jdbc, "Bayu Nugroho", false);
		WebClient admin = WebClient.signedIn(port, "admin");
		assertThat(text(admin.get("/kantor/penduduk/" + person.nik() + "?choice=pemutakhiran")))
			.contains("Bayu Nugroho").doesNotContain("Catat peristiwa kependudukan");
		assertThat(admin.get("/kantor/penduduk/" + person.nik() + "/peristiwa/kematian").statusCode()).isEqualTo(403);
		assertThat(post(admin, "/kantor/penduduk/" + person.nik() + "/peristiwa/kematian",
				Map.of("date", "2025-01-02", "place", "Rumah")).statusCode()).isEqualTo(403);
		assertThat(WebClient.signedIn(port, "auditor").get("/kantor/penduduk/pilih-wilayah?destinationQuery=coblong")
			.statusCode()).isEqualTo(403);
		assertThat(status(jdbc, person.nik())).isEqualTo("HIDUP BELUM_KAWIN");
		WebClient petugas = WebClient.signedIn(port, "petugas");
		assertThat(petugas.get("/kantor/penduduk/3671055101990001/peristiwa/kematian").statusCode()).isEqualTo(404);
		HttpResponse<String> invalid = petugas.get("/kantor/penduduk/1234/peristiwa/perkawinan");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(text(invalid)).contains("16 angka");
	}

	static HttpResponse<String> post(WebClient client, String path, Map<String, String> fields) {
		StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(client.csrfToken("/kantor"), StandardCharsets.UTF_8));
		fields.forEach((name, value) -> body.append('&').append(name).append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return client.post(path, body.toString());
	}

	static String text(HttpResponse<String> response) {
		return HtmlUtils.htmlUnescape(response.body());
	}
}
