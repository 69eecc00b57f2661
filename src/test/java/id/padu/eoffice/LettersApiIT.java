package id.padu.eoffice;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.TestSmtp;
import id.padu.support.WebClient;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.padu.eoffice.LettersFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The letters API from draft to signed, numbered and sent letter, and its refusals (nothing half-written). */
@PaduIntegrationTest
class LettersApiIT {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.server()).withPerMethodLifecycle(false);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	WebClient sekretariat;
	WebClient kadis;
	WebClient kabid;

	@BeforeEach
	void signIn() {
		sekretariat = WebClient.signedIn(port, "sekretariat");
		kadis = WebClient.signedIn(port, "kadis");
		kabid = WebClient.signedIn(port, "kabid");
	}

	@Test
	void aLetterIsReviewedSignedNumberedSentAndReceipted() throws Exception {
		Map<String, Object> body = LettersFixture.notaDinas("Undangan rapat koordinasi", List.of("kasi"));
		body.put("recipients", List.of(Map.of("username", "kabid"), Map.of("email", "mitra@example.org", "name", "PT Mitra")));
		body.put("tembusan", List.of(Map.of("opd", "diskominfo")));
		String id = LettersFixture.created(sekretariat, body);
		JsonNode draft = json(sekretariat.get("/api/v1/letters/" + id));
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("body").asString()).contains("<b>segera</b>").doesNotContain("script");

		assertThat(LettersFixture.submit(sekretariat, id).statusCode()).isEqualTo(200);
		WebClient kasi = WebClient.signedIn(port, "kasi");
		HttpResponse<String> early = LettersFixture.sign(kadis, id, LettersFixture.PASSPHRASE);
		assertThat(early.statusCode()).isEqualTo(422);
		assertThat(json(early).get("code").asString()).isEqualTo("eoffice.sign.notReady");
		HttpResponse<String> notTheirTurn = LettersFixture.review(kabid, id, "approve", null);
		assertThat(notTheirTurn.statusCode()).isIn(404, 422);
		HttpResponse<String> approved = LettersFixture.review(kasi, id, "approve", "Sudah sesuai");
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		assertThat(json(approved).get("status").asString()).isEqualTo("AWAITING_SIGNATURE");

		int before = lastNumber();
		HttpResponse<String> wrong = LettersFixture.sign(kadis, id, "salah-sandi");
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("Passphrase tanda tangan salah");
		assertThat(lastNumber()).isEqualTo(before);
		assertThat(LettersFixture.sign(kabid, id, LettersFixture.PASSPHRASE).body()).contains("eoffice.sign.notSigner");

		HttpResponse<String> signed = LettersFixture.sign(kadis, id, LettersFixture.PASSPHRASE);
		assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
		String number = json(signed).get("number").asString();
		assertThat(number).isEqualTo("400/" + (before + 1) + "/Disdukcapil/" + Year.now().getValue());

		JsonNode bySender = json(sekretariat.get("/api/v1/letters/" + id));
		assertThat(bySender.get("recipients").get(0).get("firstReadAt").isNull()).isTrue();
		HttpResponse<byte[]> pdf = kabid.getBytes("/api/v1/letters/" + id + "/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
		JsonNode receipted = json(sekretariat.get("/api/v1/letters/" + id));
		assertThat(receipted.get("recipients").get(0).get("firstReadBy").asString()).isEqualTo("kabid");
		assertThat(receipted.get("reviews").get(0).get("decision").asString()).isEqualTo("APPROVED");
		JsonNode byRecipient = json(kabid.get("/api/v1/letters/" + id));
		assertThat(byRecipient.get("recipients").get(0).get("firstReadAt").isNull()).isTrue();

		assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage mail = java.util.Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> subjectOf(m).contains(number)).findFirst().orElseThrow();
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("mitra@example.org");
		Multipart parts = (Multipart) mail.getContent();
		assertThat(parts.getCount()).isEqualTo(2);
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("application/pdf");
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Letter' and action = 'OPEN' and entity_id = ?")
			.param(id).query(Long.class).single()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void aReturnedLetterIsRevisedAndReviewedAgainFromTheFirstReviewer() {
		String id = LettersFixture.created(sekretariat, LettersFixture.notaDinas("Permohonan data", List.of("kasi", "kabid")));
		LettersFixture.submit(sekretariat, id);
		WebClient kasi = WebClient.signedIn(port, "kasi");
		assertThat(LettersFixture.review(kasi, id, "approve", null).statusCode()).isEqualTo(200);
		assertThat(LettersFixture.review(kabid, id, "return", null).statusCode()).isEqualTo(422);
		HttpResponse<String> returned = LettersFixture.review(kabid, id, "return", "Lengkapi datanya");
		assertThat(json(returned).get("status").asString()).isEqualTo("RETURNED");

		Map<String, Object> revised = LettersFixture.notaDinas("Permohonan data kependudukan", List.of("kasi", "kabid"));
		assertThat(sekretariat.send("PUT", "/api/v1/letters/" + id, "application/json",
				LettersFixture.JSON.writeValueAsString(revised)).statusCode()).isEqualTo(200);
		JsonNode again = json(LettersFixture.submit(sekretariat, id));
		assertThat(again.get("status").asString()).isEqualTo("IN_REVIEW");
		assertThat(again.get("currentReviewer").asString()).isEqualTo("kasi");
		assertThat(again.get("draftVersion").asInt()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from letter_version where letter_id = ?").param(UUID.fromString(id))
			.query(Long.class).single()).isEqualTo(2);
		String changes = kabid.get("/kantor/surat/" + id + "/versi?nomor=2").body();
		assertThat(changes).contains("Perubahan dari versi 1", "id=\"subject-change\"", ">Permohonan data<",
				">Permohonan data kependudukan<", "sekretariat");
	}

	@Test
	void onlyTheSecretariatReservesANumberForABackDatedLetterWithAnAuditedReason() {
		String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).minusDays(1).toString();
		String body = LettersFixture.JSON.writeValueAsString(Map.of("unitCode", "disdukcapil", "date", yesterday,
				"reason", "Surat susulan rapat kemarin"));
		assertThat(kadis.send("POST", "/api/v1/letters/number-reservations", "application/json", body).statusCode())
			.isEqualTo(403);
		assertThat(sekretariat.send("POST", "/api/v1/letters/number-reservations", "application/json",
				LettersFixture.JSON.writeValueAsString(Map.of("unitCode", "disdukcapil", "date", yesterday, "reason", " ")))
			.statusCode()).isEqualTo(422);
		HttpResponse<String> reserved = sekretariat.send("POST", "/api/v1/letters/number-reservations", "application/json", body);
		assertThat(reserved.statusCode()).as(reserved.body()).isEqualTo(201);
		int number = json(reserved).get("number").asInt();
		String reservation = json(reserved).get("id").asString();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'RESERVE_NUMBER' and entity_id = ?")
			.param(reservation).query(Long.class).single()).isEqualTo(1);

		String id = LettersFixture.created(sekretariat, LettersFixture.notaDinas("Notulen rapat kemarin", List.of()));
		LettersFixture.submit(sekretariat, id);
		HttpResponse<String> signed = kadis.send("POST", "/api/v1/letters/" + id + "/sign", "application/json",
				LettersFixture.JSON.writeValueAsString(Map.of("passphrase", LettersFixture.PASSPHRASE, "reservationId", reservation)));
		assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
		assertThat(json(signed).get("number").asString()).isEqualTo("400/" + number + "/Disdukcapil/" + yesterday.substring(0, 4));
		assertThat(json(signed).get("letterDate").asString()).isEqualTo(yesterday);

		String other = LettersFixture.created(sekretariat, LettersFixture.notaDinas("Surat lain", List.of()));
		LettersFixture.submit(sekretariat, other);
		HttpResponse<String> reused = kadis.send("POST", "/api/v1/letters/" + other + "/sign", "application/json",
				LettersFixture.JSON.writeValueAsString(Map.of("passphrase", LettersFixture.PASSPHRASE, "reservationId", reservation)));
		assertThat(json(reused).get("code").asString()).isEqualTo("eoffice.reservation.unusable");
	}

	@Test
	void badInputIsRefusedClearlyAndNothingIsWritten() {
		long letters = jdbc.sql("select count(*) from letter").query(Long.class).single();
		Map<String, Object> body = LettersFixture.notaDinas("Hal", List.of());
		body.put("classificationCode", "999.9");
		assertRefused(body, "classification.code.unknown");
		body.remove("classificationCode");
		assertRefused(body, "eoffice.letter.classification");
		body = LettersFixture.notaDinas("Hal", List.of("tidak-ada"));
		assertRefused(body, "eoffice.user.unknown");
		body = LettersFixture.notaDinas("Hal", List.of());
		body.put("recipients", List.of(Map.of("username", "kabid"), Map.of("opd", "tidak-ada")));
		assertRefused(body, "eoffice.recipient.unknownUnit");
		body.put("recipients", List.of(Map.of("email", "bukan-email", "name", "X")));
		assertRefused(body, "eoffice.recipient.email");
		body = LettersFixture.notaDinas("Hal", List.of());
		body.put("type", "surat-cinta");
		assertRefused(body, "eoffice.letter.type");
		assertThat(jdbc.sql("select count(*) from letter").query(Long.class).single()).isEqualTo(letters);

		String id = LettersFixture.created(sekretariat, LettersFixture.notaDinas("Lampiran salah", List.of()));
		String boundary = "----padu" + UUID.randomUUID();
		String exe = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"surat.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\nMZ\u0090\u0000 a renamed program\r\n--" + boundary + "--\r\n";
		HttpResponse<String> refused = sekretariat.send("POST", "/api/v1/letters/" + id + "/attachments",
				"multipart/form-data; boundary=" + boundary, exe, "X-CSRF-TOKEN", sekretariat.csrfToken("/kantor"));
		assertThat(refused.statusCode()).isIn(415, 422);
		assertThat(jdbc.sql("select count(*) from letter_attachment where letter_id = ?").param(UUID.fromString(id))
			.query(Long.class).single()).isZero();
	}

	/** Whoever may open the letter may download its attachments, byte for byte; nobody else learns they exist. */
	@Test
	void attachmentsAreDownloadableWithTheLetter() {
		String id = LettersFixture.created(sekretariat, LettersFixture.notaDinas("Lampiran daftar hadir", List.of()));
		String boundary = "----padu" + UUID.randomUUID();
		String pdf = "%PDF-1.4\n% daftar hadir " + UUID.randomUUID() + "\n%%EOF\n";
		String part = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"daftar-hadir.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n" + pdf + "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> attached = sekretariat.send("POST", "/api/v1/letters/" + id + "/attachments",
				"multipart/form-data; boundary=" + boundary, part, "X-CSRF-TOKEN", sekretariat.csrfToken("/kantor"));
		assertThat(attached.statusCode()).as(attached.body()).isIn(200, 201);
		String sha256 = json(sekretariat.get("/api/v1/letters/" + id)).get("attachments").get(0).get("sha256").asString();
		LettersFixture.submit(sekretariat, id);
		LettersFixture.sign(WebClient.signedIn(port, "kadis"), id, LettersFixture.PASSPHRASE);

		WebClient kabid = WebClient.signedIn(port, "kabid");
		HttpResponse<byte[]> api = kabid.getBytes("/api/v1/letters/" + id + "/attachments/" + sha256);
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(new String(api.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(pdf);
		assertThat(api.headers().firstValue("Content-Disposition").orElse("")).contains("daftar-hadir.pdf");
		assertThat(kabid.getBytes("/kantor/surat/" + id + "/lampiran/" + sha256).statusCode()).isEqualTo(200);
		assertThat(kabid.get("/kantor/surat/" + id).body()).contains("/kantor/surat/" + id + "/lampiran/" + sha256);
		assertThat(WebClient.signedIn(port, "bendahara").getBytes("/api/v1/letters/" + id + "/attachments/" + sha256)
			.statusCode()).as("staff of another OPD").isEqualTo(404);
		assertThat(kabid.getBytes("/api/v1/letters/" + id + "/attachments/" + "0".repeat(64)).statusCode()).isEqualTo(404);
	}

	private void assertRefused(Map<String, Object> body, String code) {
		HttpResponse<String> response = LettersFixture.create(sekretariat, body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(json(response).get("code").asString()).isEqualTo(code);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	private int lastNumber() {
		return jdbc.sql("select coalesce(max(last_value), 0) from letter_number_sequence where tenant_id = 'kota-tangerang' "
				+ "and unit_code = 'disdukcapil'").query(Integer.class).single();
	}

	private static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject();
		} catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
