package id.padu.eoffice;

import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static id.padu.eoffice.IncomingFixture.PDF;
import static id.padu.eoffice.IncomingFixture.dispose;
import static id.padu.eoffice.IncomingFixture.followUp;
import static id.padu.eoffice.IncomingFixture.json;
import static id.padu.eoffice.IncomingFixture.metadata;
import static id.padu.eoffice.IncomingFixture.register;
import static id.padu.eoffice.IncomingFixture.registerWithScan;
import static org.assertj.core.api.Assertions.assertThat;

/** Registering incoming letters, disposing them down two levels, closing them with follow-up reports. */
@PaduIntegrationTest
class IncomingLetterApiIT {

	@LocalServerPort
	int port;

	@Autowired
	IncomingLetterClosedRecorder closed;

	@Autowired
	JdbcClient jdbc;

	@Test
	void agendaNumbersHaveNoGapsEvenAfterRefusedRegistrations() {
		WebClient sekretariat = WebClient.signedIn(port, "sekretariat");
		HttpResponse<String> first = registerWithScan(sekretariat, metadata("Undangan rapat koordinasi adminduk", "BIASA", "100"),
				"undangan.pdf", PDF);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		String agenda = json(first).get("agendaNumber").asString();
		assertThat(agenda).matches("\\d{4}/DISDUKCAPIL/" + LocalDate.now().getYear());

		HttpResponse<String> noCode = registerWithScan(sekretariat, metadata("Tanpa kode", "BIASA", null), "a.pdf", PDF);
		assertThat(noCode.statusCode()).isEqualTo(400);
		assertThat(json(noCode).get("errors").get(0).get("field").asString()).isEqualTo("classificationCode");
		HttpResponse<String> unknownCode = registerWithScan(sekretariat, metadata("Kode asing", "BIASA", "999.9"), "a.pdf", PDF);
		assertThat(unknownCode.statusCode()).isEqualTo(422);
		assertThat(json(unknownCode).get("code").asString()).isEqualTo("classification.code.unknown");
		HttpResponse<String> textFile = registerWithScan(sekretariat, metadata("Berkas teks", "BIASA", "100"), "surat.pdf",
				"bukan pdf, hanya teks");
		assertThat(textFile.statusCode()).isEqualTo(422);

		HttpResponse<String> second = registerWithScan(sekretariat, metadata("Permintaan data", "BIASA", "100"), "b.pdf", PDF);
		assertThat(second.statusCode()).isEqualTo(201);
		assertThat(number(json(second).get("agendaNumber").asString())).isEqualTo(number(agenda) + 1);
	}

	@Test
	void onlyTheSecretariatRegisters() {
		String body = metadata("Surat", "BIASA", "100");
		assertThat(WebClient.signedIn(port, "kabid").send("POST", "/api/v1/incoming-letters", "application/json", body)
			.statusCode()).isEqualTo(403);
		assertThat(WebClient.anonymous(port).send("POST", "/api/v1/incoming-letters", "application/json", body)
			.statusCode()).isEqualTo(401);
	}

	@Test
	void disposedTwoLevelsDownAndClosedByTheFollowUpReport() throws InterruptedException {
		String letter = register(WebClient.signedIn(port, "sekretariat"), "Verifikasi data kependudukan", "TERBATAS");
		WebClient kadis = WebClient.signedIn(port, "kadis");
		HttpResponse<String> toKabid = dispose(kadis, letter, """
				{"recipients":[{"username":"kabid"}],"instructions":["tindak-lanjuti","siapkan-jawaban"],
				 "note":"Mohon disiapkan jawabannya","deadline":"%s","urgency":"SEGERA"}""".formatted(LocalDate.now().plusDays(7)));
		assertThat(toKabid.statusCode()).as(toKabid.body()).isEqualTo(201);
		String kabidBranch = json(toKabid).get("ids").get(0).asString();

		WebClient kabid = WebClient.signedIn(port, "kabid");
		assertThat(kabid.send("POST", "/api/v1/incoming-letters/" + letter + "/dispositions/" + kabidBranch + "/read",
				"application/json", "").statusCode()).isEqualTo(204);
		HttpResponse<String> toKasi = dispose(kabid, letter, """
				{"parentDispositionId":"%s","recipients":[{"position":"kasi-identitas-disdukcapil"}],
				 "instructions":["tindak-lanjuti"],"deadline":"%s"}""".formatted(kabidBranch, LocalDate.now().plusDays(5)));
		assertThat(toKasi.statusCode()).as(toKasi.body()).isEqualTo(201);
		String kasiBranch = json(toKasi).get("ids").get(0).asString();

		WebClient kasi = WebClient.signedIn(port, "kasi");
		HttpResponse<String> badFile = followUp(kasi, letter, kasiBranch, "Sudah", "laporan.exe", "MZ bukan dokumen");
		assertThat(badFile.statusCode()).isEqualTo(422);
		assertThat(json(kasi.get("/api/v1/incoming-letters/" + letter)).get("status").asString()).isEqualTo("IN_PROGRESS");

		HttpResponse<String> report = followUp(kasi, letter, kasiBranch, "Data sudah diverifikasi", "laporan.pdf", PDF);
		assertThat(report.statusCode()).as(report.body()).isEqualTo(204);

		JsonNode view = json(kadis.get("/api/v1/incoming-letters/" + letter));
		assertThat(view.get("status").asString()).isEqualTo("CLOSED");
		JsonNode tree = view.get("tree");
		assertThat(tree).hasSize(2);
		assertThat(tree.get(0).get("toPosition").asString()).isEqualTo("kabid-pdp-disdukcapil");
		assertThat(tree.get(0).get("readAt").isNull()).isFalse();
		assertThat(tree.get(0).get("status").asString()).isEqualTo("CLOSED");
		assertThat(tree.get(1).get("depth").asInt()).isEqualTo(1);
		assertThat(tree.get(1).get("followUpNote").asString()).isEqualTo("Data sudah diverifikasi");
		assertThat(tree.get(1).get("attachments")).hasSize(1);

		List<IncomingLetterClosed> events = await(() -> closed.forLetter(UUID.fromString(letter)));
		assertThat(events).hasSize(1);
		assertThat(events.get(0).classificationCode()).isEqualTo("100");
		assertThat(events.get(0).trail()).hasSize(2);
		assertThat(events.get(0).trail().get(1).attachmentSha256()).hasSize(1);
	}

	@Test
	void aDispositionToAVacantPositionReachesItsActingHolderWhoseReportIsMarkedPlt() {
		String letter = register(WebClient.signedIn(port, "sekretariat"), "Laporan akta kelahiran", "BIASA");
		HttpResponse<String> made = dispose(WebClient.signedIn(port, "kadis"), letter,
				"{\"recipients\":[{\"position\":\"kabid-capil-disdukcapil\"}],\"instructions\":[\"tindak-lanjuti\"]}");
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		String branch = json(made).get("ids").get(0).asString();

		WebClient kasi = WebClient.signedIn(port, "kasi");
		assertThat(kasi.get("/kantor/disposisi").body()).contains("Laporan akta kelahiran");
		assertThat(followUp(kasi, letter, branch, "Sudah ditindaklanjuti", "laporan.pdf", PDF).statusCode()).isEqualTo(204);
		JsonNode node = json(kasi.get("/api/v1/incoming-letters/" + letter)).get("tree").get(0);
		assertThat(node.get("reportedActing").asString()).isEqualTo("PLT");
		assertThat(node.get("reportedByName").asString()).isEqualTo("Plt. Sri Wahyuni, S.E.");
		assertThat(node.get("toHolders").get(0).asString()).isEqualTo("Plt. Sri Wahyuni, S.E.");
	}

	@Test
	void dispositionsGoOnlyDownTheReportingLine() {
		String letter = register(WebClient.signedIn(port, "sekretariat"), "Surat salah alamat", "BIASA");
		HttpResponse<String> up = dispose(WebClient.signedIn(port, "kadis"), letter,
				"{\"recipients\":[{\"position\":\"kabid-pdp-disdukcapil\"},{\"position\":\"kabag-umum-setda\"}],\"instructions\":[\"pelajari\"]}");
		assertThat(up.statusCode()).isEqualTo(422);
		assertThat(json(up).get("code").asString()).isEqualTo("disposition.recipient.outsideHierarchy");
		assertThat(json(up).get("detail").asString()).contains("bukan bawahan");
		HttpResponse<String> english = WebClient.signedIn(port, "kadis").send("POST",
				"/api/v1/incoming-letters/" + letter + "/dispositions?lang=en", "application/json",
				"{\"recipients\":[{\"position\":\"sekda\"}],\"instructions\":[\"pelajari\"]}", "Accept-Language", "en");
		assertThat(english.body()).contains("not below your position");
		assertThat(json(WebClient.signedIn(port, "kadis").get("/api/v1/incoming-letters/" + letter)).get("tree")).isEmpty();

		HttpResponse<String> notTheHead = dispose(WebClient.signedIn(port, "kabid"), letter,
				"{\"recipients\":[{\"username\":\"kasi\"}],\"instructions\":[\"pelajari\"]}");
		assertThat(notTheHead.statusCode()).isEqualTo(422);
		assertThat(json(notTheHead).get("code").asString()).isEqualTo("disposition.notYours");
	}

	@Test
	void aSecretLetterOpensOnlyForTheHeadAndItsRecipientsAndEveryOpeningIsAudited() {
		String letter = register(WebClient.signedIn(port, "sekretariat"), "Hasil audit internal", "RAHASIA");
		assertThat(WebClient.signedIn(port, "sekretariat").get("/api/v1/incoming-letters/" + letter).statusCode()).isEqualTo(404);
		assertThat(WebClient.signedIn(port, "petugas").get("/api/v1/incoming-letters/" + letter).statusCode()).isEqualTo(404);
		assertThat(WebClient.signedIn(port, "kabid").get("/api/v1/incoming-letters/" + letter).statusCode()).isEqualTo(404);
		assertThat(WebClient.signedIn(port, "admin.tangsel").get("/api/v1/incoming-letters/" + letter).statusCode()).isEqualTo(404);
		assertThat(audited(letter, "OPEN_REFUSED")).isEqualTo(3);

		WebClient kadis = WebClient.signedIn(port, "kadis");
		assertThat(kadis.get("/api/v1/incoming-letters/" + letter).statusCode()).isEqualTo(200);
		assertThat(audited(letter, "OPEN")).isEqualTo(1);
		dispose(kadis, letter, "{\"recipients\":[{\"username\":\"kabid\"}],\"instructions\":[\"pelajari\"]}");
		assertThat(WebClient.signedIn(port, "kabid").get("/api/v1/incoming-letters/" + letter).statusCode()).isEqualTo(200);
		assertThat(WebClient.signedIn(port, "kasi").get("/api/v1/incoming-letters/" + letter).statusCode()).isEqualTo(404);
	}

	@Test
	void anOrdinaryLetterOpensForTheReceivingOpdButARestrictedOneNot() {
		WebClient sekretariat = WebClient.signedIn(port, "sekretariat");
		String ordinary = register(sekretariat, "Edaran jam kerja", "BIASA");
		String restricted = register(sekretariat, "Data pegawai", "TERBATAS");
		WebClient petugas = WebClient.signedIn(port, "petugas");
		assertThat(petugas.get("/api/v1/incoming-letters/" + ordinary).statusCode()).isEqualTo(200);
		assertThat(petugas.get("/api/v1/incoming-letters/" + restricted).statusCode()).isEqualTo(404);
		assertThat(sekretariat.get("/api/v1/incoming-letters/" + restricted).statusCode()).isEqualTo(200);
		assertThat(WebClient.signedIn(port, "kadis.dinkes").get("/api/v1/incoming-letters/" + ordinary).statusCode())
			.isEqualTo(404);
	}

	private long audited(String letter, String action) {
		return jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = ?").params(letter, action)
			.query(Long.class).single();
	}

	private static int number(String agenda) {
		return Integer.parseInt(agenda.substring(0, 4));
	}

	static <T> List<T> await(Supplier<List<T>> found) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(10));
		while (found.get().isEmpty() && Instant.now().isBefore(until)) {
			Thread.sleep(50);
		}
		return found.get();
	}
}
