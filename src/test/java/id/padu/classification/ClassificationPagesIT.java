package id.padu.classification;

import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import id.padu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The "Klasifikasi arsip" pages: browse and search for all staff, changes by the archivist, audited. */
@PaduIntegrationTest
class ClassificationPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	ClassificationScheme scheme;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffBrowseTheTreeLevelByLevelAndSearchIt() {
		WebClient petugas = WebClient.signedIn(port, "petugas");
		String main = petugas.get("/kantor/klasifikasi").body();
		assertThat(main).contains("Klasifikasi arsip").contains("Kesejahteraan Rakyat").contains("kode=400")
			.doesNotContain("id=\"editor\"");
		String pendidikan = petugas.get("/kantor/klasifikasi?kode=400.12").body();
		assertThat(pendidikan).contains("Kependudukan dan Catatan Sipil").contains("Pendaftaran Penduduk")
			.contains("kode=400.12.3");
		assertThat(pendidikan.indexOf("400.12.2")).isLessThan(pendidikan.indexOf("400.12.3"));
		assertThat(petugas.get("/kantor/klasifikasi?q=cuti").body()).contains("800.1.11.4").contains("Cuti Tahunan");
		assertThat(petugas.get("/kantor/klasifikasi?kode=999.9").statusCode()).isEqualTo(404);
	}

	@Test
	void theArchivistAddsRenamesRetiresAndReactivatesASubCode() {
		WebClient arsiparis = WebClient.signedIn(port, "arsiparis");
		String code = "000.1." + ThreadLocalRandom.current().nextInt(100, 999);
		assertThat(arsiparis.get("/kantor/klasifikasi?kode=000.1").body()).contains("id=\"editor\"");

		HttpResponse<String> added = post(arsiparis, "000.1", "sub", "code=" + code + "&name=Layanan+Antar+Jemput");
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(arsiparis.get("/kantor/klasifikasi?kode=000.1").body()).contains(code).contains("Layanan Antar Jemput");

		assertThat(post(arsiparis, code, "nama", "name=Layanan+Antar+Jemput+Pegawai").statusCode()).isEqualTo(302);
		assertThat(post(arsiparis, code, "pensiun", "").statusCode()).isEqualTo(302);
		String retired = arsiparis.get("/kantor/klasifikasi?kode=" + code).body();
		assertThat(retired).contains("Layanan Antar Jemput Pegawai").contains("id=\"retired-note\"");
		assertThatThrownBy(() -> TenantContext.callAs(ClassificationSchemeIT.TANGERANG, () -> scheme.requireActive(code)))
			.hasMessageContaining("classification.code.retired");

		assertThat(post(arsiparis, code, "aktifkan", "").statusCode()).isEqualTo(302);
		assertThat(TenantContext.callAs(ClassificationSchemeIT.TANGERANG, () -> scheme.requireActive(code)).name())
			.isEqualTo("Layanan Antar Jemput Pegawai");
		String id = jdbc.sql("select cast(id as varchar(36)) from classification_code where tenant_id = 'kota-tangerang' and code = ?")
			.param(code).query(String.class).single();
		assertThat(jdbc.sql("select count(*) from audit_entry where tenant_id = 'kota-tangerang' and entity_id = ?")
			.param(id).query(Long.class).single()).as("insert, rename, retire, reactivate").isGreaterThanOrEqualTo(4);
	}

	@Test
	void badSubCodesAreRefusedNextToTheFieldInTheUsersLanguage() {
		WebClient arsiparis = WebClient.signedIn(port, "arsiparis");
		HttpResponse<String> notUnder = post(arsiparis, "000.1", "sub", "code=400.3.99&name=Salah+Tempat");
		assertThat(notUnder.statusCode()).isEqualTo(200);
		assertThat(notUnder.body()).contains("Kode baru harus diawali 000.1");
		assertThat(post(arsiparis, "000.1", "sub", "code=000.1.1&name=Lagi").body()).contains("Kode 000.1.1 sudah ada");
		assertThat(post(arsiparis, "000.1", "sub", "code=abc&name=").body()).contains("tiga angka")
			.contains("Isi nama kode klasifikasi");
		assertThat(post(arsiparis, "000.1", "nama", "name=").body()).contains("Isi nama kode klasifikasi");
		arsiparis.get("/kantor/klasifikasi?lang=en");
		assertThat(post(arsiparis, "000.1", "sub", "code=400.3.99&name=X").body())
			.contains("The new code must start with 000.1");
		assertThat(post(arsiparis, "000.1", "sub", "code=abc&name=X").body()).contains("three digits");
		assertThat(TenantContext.callAs(ClassificationSchemeIT.TANGERANG, () -> scheme.find("400.3.99"))).isEmpty();
	}

	@Test
	void anOfficerMayBrowseButNotChange() {
		WebClient petugas = WebClient.signedIn(port, "petugas");
		assertThat(post(petugas, "000.1", "sub", "code=000.1.777&name=Tidak+Boleh").statusCode()).isEqualTo(403);
		assertThat(post(petugas, "000.1.1", "pensiun", "").statusCode()).isEqualTo(403);
		assertThat(TenantContext.callAs(ClassificationSchemeIT.TANGERANG, () -> scheme.requireActive("000.1.1"))).isNotNull();
		assertThat(WebClient.anonymous(port).get("/kantor/klasifikasi").statusCode()).isEqualTo(302);
	}

	@Test
	void aCodeAddedInOnePemdaIsNotSeenInTheOther() {
		String code = "000.2." + ThreadLocalRandom.current().nextInt(100, 999);
		assertThat(post(WebClient.signedIn(port, "arsiparis"), "000.2", "sub", "code=" + code + "&name=Khusus+Tangerang")
			.statusCode()).isEqualTo(302);
		assertThat(TenantContext.callAs(ClassificationSchemeIT.TANGSEL, () -> scheme.find(code))).isEmpty();
		assertThat(WebClient.signedIn(port, "admin.tangsel").get("/kantor/klasifikasi?kode=" + code).statusCode())
			.isEqualTo(404);
	}

	@Test
	void thePickerFragmentOffersCodesAndShowsTheSchemesVerdict() {
		WebClient petugas = WebClient.signedIn(port, "petugas");
		String form = petugas.get("/kantor/uji-pemilih-klasifikasi").body();
		assertThat(form).contains("list=\"classificationCode-codes\"").contains("<datalist id=\"classificationCode-codes\">")
			.contains("value=\"800.1.11.4\"").contains("Kode klasifikasi arsip");
		String csrf = URLEncoder.encode(petugas.csrfToken("/kantor/uji-pemilih-klasifikasi"), StandardCharsets.UTF_8);
		String refused = petugas.post("/kantor/uji-pemilih-klasifikasi", "classificationCode=999.1&_csrf=" + csrf).body();
		assertThat(refused).contains("is-invalid").contains("tidak ada dalam pola klasifikasi").contains("value=\"999.1\"");
	}

	private HttpResponse<String> post(WebClient client, String code, String action, String body) {
		String csrf = URLEncoder.encode(client.csrfToken("/kantor/klasifikasi"), StandardCharsets.UTF_8);
		return client.post("/kantor/klasifikasi/" + code + "/" + action, (body.isEmpty() ? "" : body + "&") + "_csrf=" + csrf);
	}
}
