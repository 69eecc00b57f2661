package id.padu.archive;

import id.padu.eoffice.IncomingFixture;
import id.padu.eoffice.IncomingLetterClosed;
import id.padu.eoffice.IncomingLetterClosedRecorder;
import id.padu.services.ApplicationCompleted;
import id.padu.services.ApplicationOutcome;
import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import id.padu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static id.padu.archive.ArchiveFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed letters, closed incoming letters and issued service documents become records through the events their
 * modules publish, in the right berkas with a link back; a second delivery of an event files nothing.
 */
@PaduIntegrationTest
class AutomaticFilingIT {

	static final TenantId TANGERANG = TenantId.of("kota-tangerang");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	IncomingLetterClosedRecorder closed;

	@Test
	void aSignedLetterIsFiledWithItsSignedPdfAndALinkBack() throws InterruptedException {
		String letter = signedLetter("Pemberitahuan jadwal perekaman KTP-el keliling");
		String recordId = await(() -> recordOf("eoffice-letter", letter));
		assertThat(recordId).isNotNull();

		JsonNode record = json(WebClient.signedIn(port, "arsiparis").get("/api/v1/archive/records/" + recordId));
		assertThat(record.get("title").asString()).isEqualTo("Pemberitahuan jadwal perekaman KTP-el keliling");
		assertThat(record.get("classificationCode").asString()).isEqualTo("400");
		assertThat(record.get("source").get("link").asString()).isEqualTo("/kantor/surat/" + letter);
		assertThat(record.get("files").get(0).get("mediaType").asString()).isEqualTo("application/pdf");
		assertThat(record.get("textStatus").asString()).isEqualTo("BORN_DIGITAL");
		assertThat(WebClient.signedIn(port, "arsiparis").get("/kantor/arsip/rekaman/" + recordId).body())
			.contains("/kantor/surat/" + letter);

		String second = signedLetter("Undangan sosialisasi aktivasi IKD");
		String secondRecord = await(() -> recordOf("eoffice-letter", second));
		JsonNode other = json(WebClient.signedIn(port, "arsiparis").get("/api/v1/archive/records/" + secondRecord));
		assertThat(other.get("berkasId").asString()).isEqualTo(record.get("berkasId").asString());
	}

	@Test
	void aClosedIncomingLetterIsFiledWithItsDispositionSheetOnceHoweverOftenDelivered() throws InterruptedException {
		WebClient kadis = WebClient.signedIn(port, "kadis");
		String letter = IncomingFixture.register(WebClient.signedIn(port, "sekretariat"), "Permintaan data penduduk rentan", "BIASA");
		HttpResponse<String> made = IncomingFixture.dispose(kadis, letter,
				"{\"recipients\":[{\"username\":\"kabid\"}],\"instructions\":[\"tindak-lanjuti\"],\"note\":\"Siapkan data sekolah inklusi\"}");
		String branch = IncomingFixture.json(made).get("ids").get(0).asString();
		assertThat(IncomingFixture.followUp(WebClient.signedIn(port, "kabid"), letter, branch,
				"Data telah dikirim ke pemohon", "laporan.pdf", IncomingFixture.PDF).statusCode()).isEqualTo(204);

		String recordId = await(() -> recordOf("eoffice-incoming", letter));
		assertThat(recordId).isNotNull();
		JsonNode record = json(WebClient.signedIn(port, "arsiparis").get("/api/v1/archive/records/" + recordId));
		assertThat(record.get("creatorUnit").asString()).isEqualTo("disdukcapil");
		assertThat(record.get("source").get("link").asString()).isEqualTo("/kantor/surat-masuk/" + letter);
		assertThat(record.get("files")).hasSize(1);
		assertThat(record.get("files").get(0).get("name").asString()).startsWith("lembar-disposisi-");
		JsonNode hits = json(WebClient.signedIn(port, "arsiparis").get("/api/v1/archive/search?q=inklusi"));
		assertThat(hits.findValuesAsString("id")).contains(recordId);

		IncomingLetterClosed event = closed.forLetter(UUID.fromString(letter)).get(0);
		tx.executeWithoutResult(status -> events.publishEvent(event));
		Thread.sleep(500);
		assertThat(count("eoffice-incoming", letter)).isEqualTo(1);
	}

	@Test
	void anIssuedServiceDocumentIsFiledUnderTheServicesCodeOnceAndARejectionFilesNothing() throws InterruptedException {
		String letter = signedLetter("Dokumen pengganti untuk uji layanan");
		await(() -> recordOf("eoffice-letter", letter));
		UUID document = jdbc.sql("select issued_document_id from letter where id = ?").param(UUID.fromString(letter))
			.query(UUID.class).single();
		UUID application = UUID.randomUUID();
		ApplicationCompleted completed = new ApplicationCompleted(TANGERANG, application, "PDH-2024-000123",
				"surat-keterangan-pindah", null, ApplicationOutcome.APPROVED, document);
		UUID rejected = UUID.randomUUID();
		for (ApplicationCompleted event : List.of(completed, completed, new ApplicationCompleted(TANGERANG, rejected,
				"PDH-2024-000124", "surat-keterangan-pindah", null, ApplicationOutcome.REJECTED, null))) {
			TenantContext.runAs(TANGERANG, () -> tx.executeWithoutResult(status -> events.publishEvent(event)));
		}
		String recordId = await(() -> recordOf("services", application.toString()));
		JsonNode record = json(WebClient.signedIn(port, "arsiparis").get("/api/v1/archive/records/" + recordId));
		assertThat(record.get("classificationCode").asString()).isEqualTo("400.12.2.2");
		assertThat(record.get("creatorUnit").asString()).isEqualTo("disdukcapil");
		assertThat(record.get("securityClass").asString()).isEqualTo("TERBATAS");
		assertThat(record.get("source").get("link").asString()).isEqualTo("/kantor/layanan/permohonan/" + application);
		Thread.sleep(500);
		assertThat(count("services", application.toString())).isEqualTo(1);
		assertThat(count("services", rejected.toString())).isZero();
	}

	private String signedLetter(String subject) {
		WebClient sekretariat = WebClient.signedIn(port, "sekretariat");
		Map<String, Object> body = Map.of("type", "nota-dinas", "classificationCode", "400", "subject", subject,
				"body", "<p>Dengan hormat, mohon ditindaklanjuti.</p>", "signerUsername", "kadis",
				"reviewerUsernames", List.of(), "recipients", List.of(Map.of("username", "kabid")));
		HttpResponse<String> made = sekretariat.send("POST", "/api/v1/letters", "application/json",
				ArchiveFixture.JSON.writeValueAsString(body));
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		String id = json(made).get("id").asString();
		assertThat(sekretariat.send("POST", "/api/v1/letters/" + id + "/submit", "application/json", "{}").statusCode())
			.isEqualTo(200);
		HttpResponse<String> signed = WebClient.signedIn(port, "kadis").send("POST", "/api/v1/letters/" + id + "/sign",
				"application/json", "{\"passphrase\":\"padu-demo\"}");
		assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
		return id;
	}

	private String recordOf(String module, String reference) {
		return jdbc.sql("select cast(id as varchar) from archive_record where source_module = ? and source_reference = ?")
			.params(module, reference).query(String.class).optional().orElse(null);
	}

	private long count(String module, String reference) {
		return jdbc.sql("select count(*) from archive_record where source_module = ? and source_reference = ?")
			.params(module, reference).query(Long.class).single();
	}

	private static String await(Supplier<String> found) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(15));
		while (found.get() == null && Instant.now().isBefore(until)) {
			Thread.sleep(100);
		}
		return Optional.ofNullable(found.get()).orElseThrow(() -> new AssertionError("not filed"));
	}
}
