package id.padu.registry;

import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.UUID;

import static id.padu.registry.ResidentApiIT.encode;
import static id.padu.registry.ResidentApiIT.entry;
import static id.padu.registry.ResidentApiIT.json;
import static id.padu.registry.ResidentApiIT.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** The staff resident page (purpose first, then the whole picture) and the citizen's own page. */
@PaduIntegrationTest
class ResidentPagesIT {

	static final String SITI = "3671014508900003";

	@LocalServerPort
	int port;

	@Test
	void lookupChecksTheNikAndOpensTheResidentPage() {
		WebClient petugas = WebClient.signedIn(port, "petugas");
		assertThat(petugas.get("/kantor/penduduk").body()).contains("id=\"nik-form\"", "id=\"kk-form\"");
		HttpResponse<String> invalid = petugas.get("/kantor/penduduk?nik=3671014508900000");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("Empat angka terakhir NIK tidak boleh 0000.");
		HttpResponse<String> kk = petugas.get("/kantor/penduduk?kk=3671011212180000");
		assertThat(html(kk)).contains("Empat angka terakhir Nomor KK tidak boleh 0000.");
		HttpResponse<String> found = petugas.get("/kantor/penduduk?nik=+" + SITI + "+");
		assertThat(found.statusCode()).isEqualTo(302);
		assertThat(found.headers().firstValue("Location").orElse("")).endsWith("/kantor/penduduk/" + SITI);
		assertThat(petugas.get("/kantor/penduduk?kk=3671011212180002").headers().firstValue("Location").orElse(""))
			.endsWith("/kantor/penduduk/kk/3671011212180002");
	}

	@Test
	void nothingIsShownBeforeThePurposeIsGiven() {
		WebClient petugas = WebClient.signedIn(port, "petugas");
		HttpResponse<String> prompt = petugas.get("/kantor/penduduk/" + SITI);
		assertThat(prompt.statusCode()).isEqualTo(200);
		assertThat(html(prompt)).contains("Tujuan akses", "Untuk apa Anda membuka data ini?").doesNotContain("Siti Rahmawati");
		HttpResponse<String> empty = petugas.get("/kantor/penduduk/" + SITI + "?choice=lainnya&other=");
		assertThat(html(empty)).contains("Tuliskan tujuan akses Anda.").doesNotContain("Siti Rahmawati");
		assertThat(html(petugas.get("/kantor/penduduk/" + SITI + "?other=x"))).contains("Pilih tujuan akses.");
	}

	@Test
	void theWholePictureAndItsLogEntry() {
		String purpose = "Surat tugas 470/" + UUID.randomUUID();
		WebClient petugas = WebClient.signedIn(port, "petugas");
		HttpResponse<String> page = petugas.get("/kantor/penduduk/" + SITI + "?choice=lainnya&other=" + encode(purpose));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(html(page)).contains("Siti Rahmawati", "Tangerang, 05 Agustus 1990", "Perempuan", "Kelurahan Cikokol",
				"Kecamatan Tangerang", "RT 003/RW 005", "Ahmad Fauzi", "Nabila Putri Fauzi", "Perkawinan", "Kelahiran",
				"Data di layanan lain", "Siapa yang mengakses data ini", purpose, "Dewi Lestari");
		// Links to family members carry the purpose along.
		assertThat(html(page)).contains("/kantor/penduduk/3671011402870001?choice=lainnya&other=");
		JsonNode entry = entry(json(petugas.get("/api/v1/residents/" + SITI + "/access-log")), purpose);
		assertThat(entry.get("channel").asString()).isEqualTo("PAGE");
		assertThat(texts(entry.get("fields"))).contains("name", "address", "family", "lifeEvents");
	}

	@Test
	void aChosenPurposeIsLoggedInIndonesianWhateverTheLanguage() {
		WebClient kadis = WebClient.signedIn(port, "kadis");
		HttpResponse<String> page = kadis.get("/kantor/penduduk/kk/3671011212180002?choice=verifikasi&lang=en");
		assertThat(html(page)).contains("Family card 3671011212180002", "Head of family", "Ahmad Fauzi");
		JsonNode log = json(kadis.get("/api/v1/residents/3671011402870001/access-log"));
		assertThat(log.get(0).get("purpose").asString()).isEqualTo("Verifikasi permohonan layanan");
		assertThat(log.get(0).get("accessor").asString()).isEqualTo("kadis");
	}

	@Test
	void theCitizenSeesTheirDataAndWhoReadIt() {
		String purpose = "Verifikasi akta " + UUID.randomUUID();
		WebClient.signedIn(port, "petugas").get("/kantor/penduduk/" + SITI + "?choice=lainnya&other=" + encode(purpose));
		WebClient warga = WebClient.signedIn(port, "warga");
		HttpResponse<String> mine = warga.get("/warga/data-saya");
		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(html(mine)).contains("Data kependudukan saya", "Siti Rahmawati", "3671011212180002", "Ahmad Fauzi",
				"Siapa yang mengakses data saya", purpose, "Dewi Lestari", "Dinas Kependudukan dan Pencatatan Sipil",
				"Dilihat oleh pemilik data");
		JsonNode own = entry(json(warga.get("/api/v1/residents/" + SITI + "/access-log")), "Dilihat oleh pemilik data");
		assertThat(own.get("accessor").asString()).isEqualTo("warga");
		assertThat(own.get("channel").asString()).isEqualTo("PAGE");
	}

	@Test
	void otherPemdaAndOtherRolesCannotOpenIt() {
		WebClient tangsel = WebClient.signedIn(port, "admin.tangsel");
		assertThat(tangsel.get("/kantor/penduduk/" + SITI + "?choice=pelayanan").statusCode()).isEqualTo(404);
		assertThat(WebClient.signedIn(port, "auditor").get("/kantor/penduduk").statusCode()).isEqualTo(403);
		assertThat(WebClient.signedIn(port, "warga").get("/kantor/penduduk/" + SITI).statusCode()).isEqualTo(403);
		assertThat(WebClient.signedIn(port, "petugas").get("/kantor").body()).contains("href=\"/kantor/penduduk\"");
	}

	private static String html(HttpResponse<String> response) {
		return HtmlUtils.htmlUnescape(response.body());
	}
}
