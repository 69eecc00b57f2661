package id.padu.archive.internal.custody.fixity;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.Filing;
import id.padu.archive.internal.RecordMedia;
import id.padu.archive.internal.custody.CustodyFixture;
import id.padu.classification.SecurityClass;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.TestSmtp;
import id.padu.support.WebClient;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import static id.padu.archive.internal.custody.CustodyFixture.pdf;
import static id.padu.archive.internal.custody.CustodyFixture.sha256;
import static org.assertj.core.api.Assertions.assertThat;

@PaduIntegrationTest
class FixityIT {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.server()).withPerMethodLifecycle(false);

	@LocalServerPort
	int port;

	@Autowired
	Filing filing;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@Value("${padu.data-dir}")
	Path dataDir;

	@Test
	void findsAChangedAndAMissingFileAlertsTheArchivistsAndRepairsNothing() throws Exception {
		CustodyFixture fixture = new CustodyFixture(filing, tx);
		byte[] kept = pdf();
		byte[] toChange = pdf();
		byte[] toDelete = pdf();
		ArchiveRecord record = fixture.file("Notulen rapat kearsipan", "100", RecordMedia.ELECTRONIC,
				SecurityClass.BIASA, null, kept, toChange, toDelete);
		Path intact = file(sha256(kept));
		Path changed = file(sha256(toChange));
		Path deleted = file(sha256(toDelete));
		byte[] tampered = Arrays.copyOf(toChange, toChange.length);
		tampered[tampered.length - 8] ^= 0x20;
		Files.write(changed, tampered);
		Files.delete(deleted);

		HttpResponse<String> answer = WebClient.signedIn(port, "arsiparis")
			.send("POST", "/api/v1/archive/fixity-checks", "application/json", "");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		JsonNode body = JsonMapper.builder().build().readTree(answer.body());
		assertThat(body.get("checked").asLong()).isGreaterThanOrEqualTo(3);
		Map<String, String> statusBySha = new HashMap<>();
		for (JsonNode m : body.get("mismatches")) {
			statusBySha.put(m.get("sha256").asString(), m.get("status").asString());
			if (m.get("sha256").asString().equals(sha256(toChange))) {
				assertThat(m.get("recordId").asString()).isEqualTo(record.getId().toString());
				assertThat(m.get("fileId").asString()).isNotBlank();
			}
		}
		assertThat(statusBySha).containsEntry(sha256(toChange), "CHANGED").containsEntry(sha256(toDelete), "MISSING")
			.doesNotContainKey(sha256(kept));

		assertThat(Files.readAllBytes(changed)).as("never repaired").isEqualTo(tampered);
		assertThat(Files.exists(deleted)).as("never recreated").isFalse();
		assertThat(Files.readAllBytes(intact)).isEqualTo(kept);

		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ARCHIVE_FIXITY_MISMATCH' and tenant_id = ?")
			.param("kota-tangerang").query(Long.class).single()).isGreaterThanOrEqualTo(2);
		assertThat(jdbc.sql("select count(*) from fixity_mismatch where sha256 in (?, ?)")
			.params(sha256(toChange), sha256(toDelete)).query(Long.class).single()).isEqualTo(2);

		greenMail.waitForIncomingEmail(5_000, 1);
		MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> to(m).contains("arsip@tangerangkota.go.id")).findFirst().orElseThrow();
		assertThat(mail.getSubject()).contains("berubah atau hilang");

		String page = WebClient.signedIn(port, "arsiparis").get("/kantor/arsip/fixity").body();
		assertThat(page).contains("Periksa sekarang").contains(sha256(toChange)).contains("Hilang");
	}

	@Test
	void aCitizenOrOfficerCannotStartARun() {
		assertThat(WebClient.signedIn(port, "petugas").send("POST", "/api/v1/archive/fixity-checks",
				"application/json", "").statusCode()).isEqualTo(403);
	}

	private Path file(String sha) {
		return dataDir.resolve("files").resolve(sha.substring(0, 2)).resolve(sha);
	}

	private static String to(MimeMessage m) {
		try {
			return String.join(",", Arrays.stream(m.getAllRecipients()).map(Object::toString).toList());
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
