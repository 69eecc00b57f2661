package id.padu.registry;

import id.padu.registry.CorrectionFixture.Person;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.padu.registry.CorrectionFixture.PDF;
import static id.padu.registry.CorrectionFixture.postForm;
import static org.assertj.core.api.Assertions.assertThat;

/** The officer's form: today's values, errors next to fields in id/en, then the request page and withdrawal. */
@PaduIntegrationTest
class CorrectionPagesIT {

	static final Pattern HIDDEN = Pattern.compile("name=\"(seen|_csrf)\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFormShowsTodaysValuesAndErrorsNextToFields() {
		Person person = CorrectionFixture.person(jdbc, "Yuni Astuti");
		WebClient petugas = WebClient.signedIn(port, "petugas");
		String path = "/kantor/penduduk/" + person.nik() + "/perbaikan";
		HttpResponse<String> form = petugas.get(path);
		assertThat(form.statusCode()).isEqualTo(200);
		String html = HtmlUtils.htmlUnescape(form.body());
		assertThat(html).contains("Ajukan perbaikan data", "value=\"Yuni Astuti\"", "Saat ini: Yuni Astuti",
				"NIK tidak dapat diubah melalui perbaikan data.", "enctype=\"multipart/form-data\"");

		Map<String, String> fields = fields(html, person);
		fields.put("birthDate", person.born().plusDays(1).toString());
		fields.put("rt", "0");
		fields.put("reason", "");
		HttpResponse<String> invalid = postForm(petugas, path, fields, "akta.pdf", PDF);
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(invalid.body())).contains("id=\"error-summary\"",
				"Angka ke-7 sampai ke-12 NIK tidak sesuai dengan tanggal lahir; seharusnya",
				"RT terdiri dari 1 sampai 3 angka dan bukan 000", "Tuliskan alasan perbaikan.");

		WebClient english = WebClient.signedIn(port, "petugas");
		String englishHtml = HtmlUtils.htmlUnescape(english.get(path + "?lang=en").body());
		Map<String, String> englishFields = fields(englishHtml, person);
		englishFields.put("rt", "0");
		HttpResponse<String> en = postForm(english, path, englishFields, "akta.pdf", "<html>not a pdf</html>");
		assertThat(HtmlUtils.htmlUnescape(en.body())).contains("An RT has 1 to 3 digits and is not 000, for example 003.");
		englishFields.put("rt", "9");
		HttpResponse<String> wrongType = postForm(english, path, englishFields, "akta.pdf", "<html>not a pdf</html>");
		assertThat(HtmlUtils.htmlUnescape(wrongType.body())).contains("The document must be a PDF, JPEG or PNG.");
	}

	@Test
	void aRequestFromTheFormCanBeSeenAndWithdrawn() {
		Person person = CorrectionFixture.person(jdbc, "Eka Putri");
		WebClient petugas = WebClient.signedIn(port, "petugas");
		String path = "/kantor/penduduk/" + person.nik() + "/perbaikan";
		Map<String, String> fields = fields(HtmlUtils.htmlUnescape(petugas.get(path).body()), person);
		fields.put("email", "eka.putri@contoh.id");
		fields.put("rt", "1");
		HttpResponse<String> made = postForm(petugas, path, fields, "surat.pdf", PDF);
		assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
		String location = made.headers().firstValue("Location").orElseThrow();
		String page = HtmlUtils.htmlUnescape(petugas.get(location.replaceFirst("^https?://[^/]+", "")).body());
		assertThat(page).contains("Permohonan perbaikan data telah diajukan", "Diajukan", "eka.putri@contoh.id",
				"E-mail", "surat.pdf", "Tarik permohonan").doesNotContain("Setujui dan terapkan");
		String request = location.replaceFirst("^https?://[^/]+", "");
		HttpResponse<String> withdrawn = petugas.post(request + "/tarik", "_csrf=" + petugas.csrfToken(request));
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		assertThat(HtmlUtils.htmlUnescape(petugas.get(request).body())).contains("Permohonan telah ditarik.", "Ditarik");
		assertThat(HtmlUtils.htmlUnescape(petugas.get("/kantor/perbaikan").body())).contains("Permohonan saya", person.nik());
	}

	/** Every input of the form as shown (the officer changes some), with the hidden seen and CSRF values. */
	static Map<String, String> fields(String html, Person person) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher hidden = HIDDEN.matcher(html);
		while (hidden.find()) {
			fields.put(hidden.group(1), hidden.group(2));
		}
		fields.put("name", person.name());
		fields.put("birthPlace", "Tangerang");
		fields.put("birthDate", person.born().toString());
		fields.put("gender", "P");
		fields.put("bloodType", "TIDAK_TAHU");
		fields.put("religion", "ISLAM");
		fields.put("maritalStatus", "BELUM_KAWIN");
		fields.put("occupation", "Karyawan Swasta");
		fields.put("education", "SLTA/Sederajat");
		fields.put("street", "Jl. Perbaikan No. 7");
		fields.put("rt", "001");
		fields.put("rw", "002");
		fields.put("kelurahan", "36.71.05.1001");
		fields.put("phone", "");
		fields.put("email", "");
		fields.put("reason", "Sesuai akta kelahiran");
		return fields;
	}
}
