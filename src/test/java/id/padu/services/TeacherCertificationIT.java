package id.padu.services;

import id.padu.documents.DocumentIssuer;
import id.padu.documents.IssuedDocument;
import id.padu.services.ServicesFixture.Citizen;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static id.padu.services.ServicesFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rekomendasi Sertifikasi Guru end to end: the three new services are in the public catalog with their OPD;
 * a teacher applies, Dinas Pendidikan's officer sends the application back once and then approves, its head
 * signs the recommendation, which verifies. Bad input (a diploma below S1/D4, a wrong NUPTK, a missing
 * upload) and another OPD's officer are refused with nothing made or changed.
 */
@PaduIntegrationTest
class TeacherCertificationIT {

	static final String GURU = "sertifikasi-guru";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	DocumentIssuer issuer;

	@Test
	void theNewServicesAreInTheCatalogWithTheirOpd() {
		JsonNode catalog = json(WebClient.anonymous(port).get("/api/v1/services"));
		Map<String, String> opds = new LinkedHashMap<>();
		catalog.forEach(s -> opds.put(s.get("code").asString(), s.get("opd").asString()));
		assertThat(opds).containsEntry("akta-kelahiran", "disdukcapil").containsEntry("kartu-puskesmas", "dinkes")
			.containsEntry(GURU, "dindik");
		JsonNode akta = json(WebClient.anonymous(port).get("/api/v1/services/akta-kelahiran"));
		assertThat(akta.toString()).contains("\"name\":\"ibu\",\"type\":\"member\"", "\"type\":\"time\"");
	}

	@Test
	void aTeacherIsRecommendedAfterOneRevisionAndTheLetterVerifies() {
		Citizen teacher = ServicesFixture.citizen(jdbc, encoder, ServicesFixture.TANGERANG);
		WebClient warga = WebClient.signedIn(port, teacher.username());
		Map<String, Object> data = guru(warga);
		String id = CivilFixture.applied(warga, GURU, data);

		WebClient petugas = WebClient.signedIn(port, "petugas.dindik");
		assertThat(ServicesFixture.taskOf(WebClient.signedIn(port, "petugas.dinkes"), id)).isNull();
		CivilFixture.decided(petugas, id, "revise", "SK mengajar tahun ini belum dilampirkan.", null);
		data.put("skMengajar", ServicesFixture.upload(warga));
		HttpResponse<String> again = warga.send("POST", "/api/v1/applications/" + id + "/resubmit", "application/json",
				ServicesFixture.JSON.writeValueAsString(Map.of("data", data)));
		assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
		CivilFixture.decided(petugas, id, "approve", null, null);
		JsonNode signed = CivilFixture.decided(WebClient.signedIn(port, "kadis.dindik"), id, "approve", null, "padu-demo");
		assertThat(signed.get("status").asString()).isEqualTo("APPROVED");

		String text = CivilFixture.text(CivilFixture.output(warga, id));
		IssuedDocument issued = CivilFixture.issued(issuer, warga, id);
		assertThat(issued.documentType()).isEqualTo("Surat Rekomendasi Sertifikasi Pendidik");
		assertThat(issued.documentNumber()).matches("421/\\d{4}/DINDIK/[IVX]+/\\d{4}");
		assertThat(text).contains("SURAT REKOMENDASI SERTIFIKASI PENDIDIK", "1234567890123456", "SD Negeri Cipondoh 3",
				"Dinas Pendidikan");
		JsonNode verified = json(WebClient.anonymous(port).get("/api/v1/documents/verify/" + issued.verificationCode()));
		assertThat(verified.get("status").asString()).isEqualTo("VALID");
		assertThat(verified.has("holderName")).isFalse();
	}

	@Test
	void aDiplomaBelowS1AndOtherBadInputAreRefusedAndAnotherOpdCannotDecide() {
		Citizen teacher = ServicesFixture.citizen(jdbc, encoder, ServicesFixture.TANGERANG);
		WebClient warga = WebClient.signedIn(port, teacher.username());
		Map<String, Object> data = guru(warga);
		data.put("pendidikanTerakhir", "d3");
		data.put("nuptk", "123456789012345");
		data.remove("ijazah");
		HttpResponse<String> refused = ServicesFixture.apply(warga, GURU, data, UUID.randomUUID().toString());
		assertThat(CivilFixture.errors(refused)).contains("pendidikanTerakhir=services.field.patternOwn",
				"nuptk=services.field.pattern", "ijazah=services.field.required");
		assertThat(refused.body()).contains("paling rendah S1 atau D4");
		assertThat(CivilFixture.applicationsOf(jdbc, teacher)).isZero();

		String id = CivilFixture.applied(warga, GURU, guru(warga));
		String taskId = ServicesFixture.taskOf(WebClient.signedIn(port, "petugas.dindik"), id).get("id").asString();
		HttpResponse<String> foreign = ServicesFixture.decide(WebClient.signedIn(port, "petugas.dinkes"), taskId,
				"reject", "Bukan wewenang", null);
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(json(warga.get("/api/v1/applications/" + id)).get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(ServicesFixture.taskOf(WebClient.signedIn(port, "petugas.dindik"), id)).isNotNull();
	}

	private static Map<String, Object> guru(WebClient warga) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("nuptk", "1234567890123456");
		data.put("npsn", "20606123");
		data.put("namaSekolah", "SD Negeri Cipondoh 3");
		data.put("mataPelajaran", "Guru Kelas SD");
		data.put("statusKepegawaian", "pppk");
		data.put("masaKerja", 7);
		data.put("pendidikanTerakhir", "s1");
		data.put("ijazah", ServicesFixture.upload(warga));
		data.put("skPengangkatan", ServicesFixture.upload(warga));
		data.put("skMengajar", ServicesFixture.upload(warga));
		return data;
	}
}
