package id.padu.registry;

import id.padu.registry.CorrectionFixture.Person;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.UUID;

import static id.padu.registry.CorrectionFixture.PDF;
import static id.padu.registry.CorrectionFixture.TANGERANG;
import static id.padu.registry.CorrectionFixture.changes;
import static id.padu.registry.CorrectionFixture.count;
import static id.padu.registry.CorrectionFixture.decide;
import static id.padu.registry.CorrectionFixture.json;
import static id.padu.registry.CorrectionFixture.name;
import static id.padu.registry.CorrectionFixture.submit;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole correction: petugas asks with a PDF, kadis decides, the registry and its history follow. */
@PaduIntegrationTest
class CorrectionFlowIT {

	static final String KADIS_NAME = "Drs. Djoko Susilo, M.Si.";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void petugasRequestsKadisApprovesAndTheHistoryShowsBoth() {
		Person siti = CorrectionFixture.person(jdbc, "Siti Rahmawatie");
		WebClient petugas = WebClient.signedIn(port, "petugas");
		HttpResponse<String> made = submit(petugas, siti.nik(), changes("name", "Siti Rahmawati"),
				"Nama pada akta kelahiran: Siti Rahmawati", "akta-kelahiran.pdf", PDF);
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		String id = json(made).get("id").asString();
		assertThat(json(made).get("status").asString()).isEqualTo("DIAJUKAN");
		assertThat(made.headers().firstValue("Location").orElse("")).endsWith("/api/v1/change-requests/" + id);

		WebClient kadis = WebClient.signedIn(port, "kadis");
		String desk = HtmlUtils.htmlUnescape(kadis.get("/kantor").body());
		assertThat(desk).contains("Perbaikan data penduduk menunggu keputusan", "href=\"/kantor/perbaikan\"");
		String queue = HtmlUtils.htmlUnescape(kadis.get("/kantor/perbaikan").body());
		assertThat(queue).contains("request-" + id, "Siti Rahmawatie", "Siti Rahmawati", "akta-kelahiran.pdf");

		HttpResponse<String> document = kadis.get("/kantor/perbaikan/" + id + "/dokumen");
		assertThat(document.statusCode()).isEqualTo(200);
		assertThat(document.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
		assertThat(document.headers().firstValue("X-Content-Type-Options").orElse("")).isEqualTo("nosniff");
		assertThat(document.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline");
		assertThat(document.body()).isEqualTo(PDF);

		HttpResponse<String> approved = kadis.post("/kantor/perbaikan/" + id + "/keputusan",
				"decision=approve&note=&_csrf=" + kadis.csrfToken("/kantor/perbaikan/" + id));
		assertThat(approved.statusCode()).isEqualTo(302);
		assertThat(HtmlUtils.htmlUnescape(kadis.get("/kantor/perbaikan/" + id).body()))
			.contains("Permohonan disetujui. Data penduduk telah diperbaiki.", "Disetujui", KADIS_NAME);

		assertThat(name(jdbc, siti.nik())).isEqualTo("Siti Rahmawati");
		assertThat(jdbc.sql("select recorded_by || '|' || details from life_event where tenant_id = ? and nik = ? and type = 'CORRECTION'")
			.params(TANGERANG, siti.nik()).query(String.class).list())
			.singleElement().asString().startsWith("kadis|Perbaikan data: Nama lengkap. Permohonan " + id);

		JsonNode history = json(petugas.get("/api/v1/residents/" + siti.nik() + "/history", "X-Purpose", "Uji riwayat " + id));
		JsonNode name = field(history, "name");
		assertThat(name.get("initialValue").asString()).isEqualTo("Siti Rahmawatie");
		assertThat(name.get("currentValue").asString()).isEqualTo("Siti Rahmawati");
		JsonNode change = name.get("changes").get(0);
		assertThat(change.get("oldValue").asString()).isEqualTo("Siti Rahmawatie");
		assertThat(change.get("newValue").asString()).isEqualTo("Siti Rahmawati");
		assertThat(change.get("requestedByName").asString()).isEqualTo("Dewi Lestari");
		assertThat(change.get("approvedByName").asString()).isEqualTo(KADIS_NAME);
		assertThat(change.get("changeRequestId").asString()).isEqualTo(id);
		assertThat(field(history, "birthPlace").get("changes").isEmpty()).isTrue();
		JsonNode logged = json(petugas.get("/api/v1/residents/" + siti.nik() + "/access-log")).get(0);
		assertThat(logged.get("purpose").asString()).isEqualTo("Uji riwayat " + id);
		assertThat(logged.get("channel").asString()).isEqualTo("API");

		String page = HtmlUtils.htmlUnescape(petugas.get("/kantor/penduduk/" + siti.nik() + "?choice=pemutakhiran").body());
		assertThat(page).contains("Riwayat perubahan data", "Siti Rahmawatie", "diajukan oleh Dewi Lestari",
				"disetujui oleh " + KADIS_NAME, "/kantor/perbaikan/" + id, "Ajukan perbaikan data", "Perbaikan data");
		assertThat(decide(kadis, id, "approve", null).statusCode()).isEqualTo(409);
	}

	@Test
	void aRejectionChangesNothingAndNeedsANote() {
		Person person = CorrectionFixture.person(jdbc, "Rina Kusuma");
		WebClient petugas = WebClient.signedIn(port, "petugas");
		String id = json(submit(petugas, person.nik(), changes("birthPlace", "Jakarta"), "KTP lama", "ktp.pdf", PDF))
			.get("id").asString();
		WebClient kadis = WebClient.signedIn(port, "kadis");
		HttpResponse<String> noNote = decide(kadis, id, "reject", " ");
		assertThat(noNote.statusCode()).isEqualTo(422);
		assertThat(json(noNote).get("detail").asString()).isEqualTo("Tuliskan catatan alasan penolakan.");
		HttpResponse<String> rejected = decide(kadis, id, "reject", "Dokumen tidak terbaca");
		assertThat(rejected.statusCode()).isEqualTo(200);
		assertThat(json(rejected).get("status").asString()).isEqualTo("DITOLAK");
		assertThat(json(rejected).get("note").asString()).isEqualTo("Dokumen tidak terbaca");
		assertThat(jdbc.sql("select birth_place from resident where tenant_id = ? and nik = ?").params(TANGERANG, person.nik())
			.query(String.class).single()).isEqualTo("Tangerang");
		assertThat(count(jdbc, "select count(*) from resident_field_change where nik = ?", person.nik())).isZero();
		assertThat(count(jdbc, "select count(*) from life_event where nik = ? and type = 'CORRECTION'", person.nik())).isZero();
		HttpResponse<String> again = decide(kadis, id, "approve", null, "lang=en");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(json(again).get("detail").asString()).startsWith("This request has already been decided");
		HttpResponse<String> bad = decide(kadis, id, "maybe", null);
		assertThat(bad.statusCode()).isEqualTo(400);
	}

	@Test
	void fourEyesAndOnlyHeadsDecide() {
		Person person = CorrectionFixture.person(jdbc, "Dina Marlina");
		WebClient kadis = WebClient.signedIn(port, "kadis");
		String id = json(submit(kadis, person.nik(), changes("occupation", "Guru"), "Surat keterangan kerja", "sk.pdf", PDF))
			.get("id").asString();
		HttpResponse<String> own = decide(kadis, id, "approve", null);
		assertThat(own.statusCode()).isEqualTo(422);
		assertThat(json(own).get("code").asString()).isEqualTo("registry.correction.fourEyes");
		assertThat(json(own).get("detail").asString()).contains("prinsip empat mata");
		WebClient english = WebClient.signedIn(port, "kadis");
		assertThat(json(decide(english, id, "approve", null, "lang=en")).get("detail").asString())
			.isEqualTo("You cannot decide a request you submitted yourself (four-eyes principle).");
		WebClient petugas = WebClient.signedIn(port, "petugas");
		assertThat(decide(petugas, id, "approve", null).statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select occupation from resident where tenant_id = ? and nik = ?").params(TANGERANG, person.nik())
			.query(String.class).single()).isEqualTo("Karyawan Swasta");
		assertThat(count(jdbc, "select count(*) from resident_field_change where nik = ?", person.nik())).isZero();
		// The requester withdraws; nobody decides a withdrawn request.
		HttpResponse<String> withdrawn = kadis.post("/kantor/perbaikan/" + id + "/tarik",
				"_csrf=" + kadis.csrfToken("/kantor/perbaikan/" + id));
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		assertThat(json(kadis.get("/api/v1/change-requests?status=DITARIK")).toString()).contains(id);
	}

	@Test
	void aValueChangedSinceTheRequestIsRefusedAtApproval() {
		Person person = CorrectionFixture.person(jdbc, "Wulan Sari");
		WebClient petugas = WebClient.signedIn(port, "petugas");
		String id = json(submit(petugas, person.nik(), changes("name", "Wulan Sari Dewi"), "Akta", "akta.pdf", PDF))
			.get("id").asString();
		// Someone (an import, say) changes the name meanwhile.
		jdbc.sql("update resident set full_name = 'Wulan Sary' where tenant_id = ? and nik = ?").params(TANGERANG, person.nik()).update();
		WebClient kadis = WebClient.signedIn(port, "kadis");
		HttpResponse<String> stale = decide(kadis, id, "approve", null);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(json(stale).get("detail").asString()).startsWith("Data berubah sejak permohonan dibuat: Nama lengkap");
		assertThat(name(jdbc, person.nik())).isEqualTo("Wulan Sary");
		assertThat(count(jdbc, "select count(*) from resident_field_change where nik = ?", person.nik())).isZero();
		assertThat(jdbc.sql("select status from change_request where id = ?").param(UUID.fromString(id)).query(String.class)
			.single()).isEqualTo("DIAJUKAN");
	}

	@Test
	void nothingIsHalfWrittenWhenApprovalFailsMidway() {
		Person person = CorrectionFixture.person(jdbc, "Ratna Ayu");
		WebClient petugas = WebClient.signedIn(port, "petugas");
		String id = json(submit(petugas, person.nik(), changes("name", "Ratna Ayu Lestari"), "Akta", "akta.pdf", PDF))
			.get("id").asString();
		// A second item whose value breaks the RW rule (as if the rule tightened after the request was made).
		jdbc.sql("""
				insert into change_request_item (id, tenant_id, version, change_request_id, field, old_value, new_value, position)
				values (?, ?, 0, ?, 'RW', '002', 'X2', 1)""").params(UUID.randomUUID(), TANGERANG, UUID.fromString(id)).update();
		WebClient kadis = WebClient.signedIn(port, "kadis");
		HttpResponse<String> failed = decide(kadis, id, "approve", null);
		assertThat(failed.statusCode()).isEqualTo(422);
		assertThat(json(failed).get("code").asString()).isEqualTo("registry.correction.rw.invalid");
		assertThat(name(jdbc, person.nik())).isEqualTo("Ratna Ayu");
		assertThat(count(jdbc, "select count(*) from resident_field_change where nik = ?", person.nik())).isZero();
		assertThat(count(jdbc, "select count(*) from life_event where nik = ? and type = 'CORRECTION'", person.nik())).isZero();
		assertThat(jdbc.sql("select status from change_request where id = ?").param(UUID.fromString(id)).query(String.class)
			.single()).isEqualTo("DIAJUKAN");
	}

	static JsonNode field(JsonNode history, String name) {
		for (JsonNode field : history.get("fields")) {
			if (field.get("field").asString().equals(name)) {
				return field;
			}
		}
		throw new AssertionError("no field " + name + " in " + history);
	}
}
