package id.padu.services;

import id.padu.documents.DocumentIssuer;
import id.padu.documents.IssuedDocument;
import id.padu.services.CivilFixture.Family;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static id.padu.services.ServicesFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kartu Berobat Puskesmas end to end: a mother asks for a card for her son at Puskesmas Cibodas, Dinas
 * Kesehatan's officer approves and its head signs; the card is a card-sized PDF whose number runs per
 * puskesmas and year, and whose QR page tells the counter staff the holder's name and nothing else personal.
 */
@PaduIntegrationTest
class HealthCardIT {

	static final String KARTU = "kartu-puskesmas";
	static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	DocumentIssuer issuer;

	@Test
	void aCardForAFamilyMemberIsSignedCardSizedAndVerifiesWithTheHoldersNameOnly() throws IOException {
		Family family = CivilFixture.family(jdbc, encoder);
		WebClient warga = WebClient.signedIn(port, family.citizen().username());
		String child = family.citizen().childNik();
		String id = CivilFixture.applied(warga, KARTU, kartu(child, "cibodas"));

		WebClient petugas = WebClient.signedIn(port, "petugas.dinkes");
		JsonNode task = ServicesFixture.taskOf(petugas, id);
		assertThat(task.get("serviceCode").asString()).isEqualTo(KARTU);
		assertThat(task.get("kind").asString()).isEqualTo("approve");
		assertThat(ServicesFixture.taskOf(WebClient.signedIn(port, "petugas"), id)).isNull();
		CivilFixture.decided(petugas, id, "approve", null, null);
		WebClient kadis = WebClient.signedIn(port, "kadis.dinkes");
		assertThat(ServicesFixture.taskOf(WebClient.signedIn(port, "kadis"), id)).isNull();
		assertThat(CivilFixture.decided(kadis, id, "approve", null, "padu-demo").get("status").asString())
			.isEqualTo("APPROVED");

		byte[] pdf = CivilFixture.output(warga, id);
		try (PDDocument card = Loader.loadPDF(pdf)) {
			assertThat(card.getNumberOfPages()).isEqualTo(1);
			PDRectangle size = card.getPage(0).getMediaBox();
			assertThat(size.getWidth()).isBetween(240f, 245f);
			assertThat(size.getHeight()).isBetween(151f, 155f);
		}
		IssuedDocument issued = CivilFixture.issued(issuer, warga, id);
		assertThat(issued.documentNumber()).matches("KB-CIBODAS-" + LocalDate.now(JAKARTA).getYear() + "-\\d{5}");
		String childName = jdbc.sql("select full_name from resident where nik = ?").param(child).query(String.class)
			.single();
		assertThat(CivilFixture.text(pdf)).contains("KARTU BEROBAT PUSKESMAS", issued.documentNumber(), childName,
				"Puskesmas Cibodas", "0001234567890");

		JsonNode verified = json(WebClient.anonymous(port).get("/api/v1/documents/verify/" + issued.verificationCode()));
		assertThat(verified.get("status").asString()).isEqualTo("VALID");
		assertThat(verified.get("holderName").asString()).isEqualTo(childName);
		assertThat(verified.get("documentNumber").asString()).isEqualTo(issued.documentNumber());
		assertThat(verified.toString()).doesNotContain(child, family.citizen().nik(), "0001234567890", "Jl. Layanan");
		String page = WebClient.anonymous(port).get("/verifikasi/" + issued.verificationCode()).body();
		assertThat(page).contains(childName, issued.documentNumber()).doesNotContain(child, "0001234567890",
				"Dewi Anggraini", "Jl. Layanan");
	}

	@Test
	void badInputAndAnotherOpdsDecisionAreRefusedAndChangeNothing() {
		Family family = CivilFixture.family(jdbc, encoder);
		jdbc.sql("update resident set blood_type = 'B' where nik = ?").param(family.citizen().nik()).update();
		WebClient warga = WebClient.signedIn(port, family.citizen().username());
		assertThat(warga.get("/warga/layanan/" + KARTU).body()).containsPattern("<option value=\"B\"\\s+selected");

		Map<String, Object> data = kartu("3671010101010001", "cibodas");
		data.put("bpjs", "12345");
		data.remove("puskesmas");
		assertThat(CivilFixture.errors(ServicesFixture.apply(warga, KARTU, data, UUID.randomUUID().toString())))
			.contains("pasien=services.field.member", "bpjs=services.field.pattern", "puskesmas=services.field.required");
		data = kartu(family.citizen().nik(), "puskesmas-lain");
		assertThat(CivilFixture.errors(ServicesFixture.apply(warga, KARTU, data, UUID.randomUUID().toString())))
			.contains("puskesmas=services.field.option");
		assertThat(CivilFixture.applicationsOf(jdbc, family.citizen())).isZero();

		String id = CivilFixture.applied(warga, KARTU, kartu(family.citizen().nik(), "tangerang"));
		String taskId = ServicesFixture.taskOf(WebClient.signedIn(port, "petugas.dinkes"), id).get("id").asString();
		HttpResponse<String> foreign = ServicesFixture.decide(WebClient.signedIn(port, "petugas.dindik"), taskId,
				"approve", null, null);
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(json(foreign).get("detail").asString()).isEqualTo("Tugas tidak ditemukan atau bukan untuk Anda.");
		HttpResponse<String> wrongDecision = ServicesFixture.decide(WebClient.signedIn(port, "petugas.dinkes"), taskId,
				"revise", "Tidak bisa", null);
		assertThat(wrongDecision.statusCode()).isEqualTo(400);
		JsonNode application = json(warga.get("/api/v1/applications/" + id));
		assertThat(application.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(application.get("timeline").size()).isEqualTo(2);
	}

	static Map<String, Object> kartu(String patient, String puskesmas) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("pasien", patient);
		data.put("puskesmas", puskesmas);
		data.put("bpjs", "0001234567890");
		data.put("golonganDarah", "O");
		data.put("alergi", "Amoksisilin");
		return data;
	}
}
