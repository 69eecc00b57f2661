package id.padu.registry;

import id.padu.registry.CorrectionFixture.Person;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static id.padu.registry.CorrectionFixture.PDF;
import static id.padu.registry.CorrectionFixture.changes;
import static id.padu.registry.CorrectionFixture.count;
import static id.padu.registry.CorrectionFixture.json;
import static id.padu.registry.CorrectionFixture.submit;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input to the correction API: each refused with a message naming the rule, in id and en, nothing stored. */
@PaduIntegrationTest
class CorrectionValidationIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void invalidValuesNameTheRuleInBothLanguages() {
		Person person = CorrectionFixture.person(jdbc, "Maya Sari");
		WebClient petugas = WebClient.signedIn(port, "petugas");
		String wrongDate = person.born().plusDays(1).toString();
		HttpResponse<String> date = submit(petugas, person.nik(), changes("birthDate", wrongDate), "Akta", "a.pdf", PDF);
		assertThat(date.statusCode()).isEqualTo(422);
		JsonNode error = json(date).get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("birthDate");
		assertThat(error.get("code").asString()).isEqualTo("identifier.nik.birthdateMismatch");
		assertThat(error.get("message").asString()).startsWith("Angka ke-7 sampai ke-12 NIK tidak sesuai dengan tanggal lahir; seharusnya");

		String all = "[{\"field\":\"kelurahan\",\"newValue\":\"36.71.05.9999\"},{\"field\":\"rt\",\"newValue\":\"12A\"},"
				+ "{\"field\":\"nik\",\"newValue\":\"3671054101900001\"},{\"field\":\"hobby\",\"newValue\":\"x\"},"
				+ "{\"field\":\"gender\",\"newValue\":\"L\"}]";
		HttpResponse<String> many = submit(petugas, person.nik(), all, "Akta", "a.pdf", PDF);
		assertThat(many.statusCode()).isEqualTo(422);
		assertThat(codes(json(many))).containsExactlyInAnyOrder("registry.correction.nikNotCorrectable",
				"registry.correction.unknownField", "registry.correction.kelurahan.unknown", "registry.correction.rt.invalid",
				"identifier.nik.notMale");
		assertThat(messages(json(many))).contains("Kode kelurahan 36.71.05.9999 tidak dikenal.",
				"RT terdiri dari 1 sampai 3 angka dan bukan 000, misalnya 003.");

		WebClient english = WebClient.signedIn(port, "petugas");
		HttpResponse<String> en = submit(english, person.nik(), all, "Akta", "a.pdf", PDF, "lang=en");
		assertThat(messages(json(en))).contains("The kelurahan code 36.71.05.9999 is not known.",
				"An RT has 1 to 3 digits and is not 000, for example 003.",
				"The NIK cannot be changed by a correction. A wrong NIK is cancelled and issued again through SIAK by Disdukcapil.");
		HttpResponse<String> outside = submit(english, person.nik(), changes("kelurahan", "31.71.01.1001"), "Akta", "a.pdf", PDF,
				"lang=en");
		assertThat(messages(json(outside)).get(0)).startsWith("Kelurahan 31.71.01.1001 is not in");

		HttpResponse<String> noReason = submit(petugas, person.nik(), changes("rt", "3"), " ", "a.pdf", PDF);
		assertThat(codes(json(noReason))).containsExactly("registry.correction.reason.required");
		HttpResponse<String> noDocument = submit(petugas, person.nik(), changes("rt", "3"), "Akta", null, null);
		assertThat(codes(json(noDocument))).containsExactly("registry.correction.document.required");
		HttpResponse<String> unchanged = submit(petugas, person.nik(), changes("rt", "1"), "Akta", "a.pdf", PDF);
		assertThat(codes(json(unchanged))).containsExactly("registry.correction.unchanged");
		HttpResponse<String> broken = submit(petugas, person.nik(), "{not json", "Akta", "a.pdf", PDF);
		assertThat(codes(json(broken))).containsExactly("registry.correction.changes.json");
		assertThat(count(jdbc, "select count(*) from change_request where nik = ?", person.nik())).isZero();
	}

	@Test
	void onlyPdfJpegAndPngByTheirContentUpToTheLimit() {
		Person person = CorrectionFixture.person(jdbc, "Nani Wijaya");
		WebClient petugas = WebClient.signedIn(port, "petugas");
		HttpResponse<String> exe = submit(petugas, person.nik(), changes("rt", "4"), "Akta", "akta.pdf",
				"MZ this program cannot be run in DOS mode");
		assertThat(exe.statusCode()).isEqualTo(415);
		assertThat(json(exe).get("detail").asString()).isEqualTo(
				"Dokumen harus berupa PDF, JPEG atau PNG. Jenis berkas dikenali dari isinya, bukan dari nama berkas.");
		WebClient english = WebClient.signedIn(port, "petugas");
		HttpResponse<String> html = submit(english, person.nik(), changes("rt", "4"), "Akta", "akta.pdf",
				"<!DOCTYPE html><html><script>alert(1)</script></html>", "lang=en");
		assertThat(html.statusCode()).isEqualTo(415);
		assertThat(json(html).get("detail").asString()).startsWith("The document must be a PDF, JPEG or PNG.");
		String big = "%PDF-1.4\n" + "x".repeat(5 * 1024 * 1024);
		HttpResponse<String> oversize = submit(petugas, person.nik(), changes("rt", "4"), "Akta", "besar.pdf", big);
		assertThat(oversize.statusCode()).isEqualTo(422);
		assertThat(json(oversize).get("detail").asString()).isEqualTo("Dokumen terlalu besar: paling besar 5 MB.");
		assertThat(count(jdbc, "select count(*) from change_request where nik = ?", person.nik())).isZero();
		HttpResponse<String> pdf = submit(petugas, person.nik(), changes("rt", "4"), "Akta", "scan.png", PDF);
		assertThat(pdf.statusCode()).isEqualTo(201);
		assertThat(json(petugas.get("/api/v1/change-requests?status=DIAJUKAN")).toString()).contains(person.nik());
	}

	@Test
	void anotherPemdaSeesNoneOfThis() {
		Person person = CorrectionFixture.person(jdbc, "Lina Marlina");
		WebClient petugas = WebClient.signedIn(port, "petugas");
		String id = json(submit(petugas, person.nik(), changes("rw", "7"), "Akta", "a.pdf", PDF)).get("id").asString();
		WebClient tangsel = WebClient.signedIn(port, "admin.tangsel");
		HttpResponse<String> list = tangsel.get("/api/v1/change-requests");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(json(list).isEmpty()).isTrue();
		assertThat(tangsel.get("/kantor/perbaikan/" + id).statusCode()).isEqualTo(404);
		assertThat(tangsel.get("/kantor/perbaikan/" + id + "/dokumen").statusCode()).isEqualTo(404);
		assertThat(tangsel.get("/api/v1/residents/" + person.nik() + "/history", "X-Purpose", "Uji").statusCode()).isEqualTo(404);
	}

	@Test
	void theHistoryNeedsAPurpose() {
		Person person = CorrectionFixture.person(jdbc, "Tuti Alawiyah");
		WebClient petugas = WebClient.signedIn(port, "petugas");
		HttpResponse<String> none = petugas.get("/api/v1/residents/" + person.nik() + "/history");
		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(json(none).get("code").asString()).isEqualTo("registry.purpose.required");
	}

	private static List<String> codes(JsonNode problem) {
		List<String> codes = new ArrayList<>();
		problem.get("errors").forEach(e -> codes.add(e.get("code").asString()));
		return codes;
	}

	private static List<String> messages(JsonNode problem) {
		List<String> messages = new ArrayList<>();
		problem.get("errors").forEach(e -> messages.add(e.get("message").asString()));
		return messages;
	}
}
