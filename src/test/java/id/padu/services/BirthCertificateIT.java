package id.padu.services;

import id.padu.documents.DocumentIssuer;
import id.padu.documents.IssuedDocument;
import id.padu.registry.Gender;
import id.padu.registry.IdentifierRules;
import id.padu.services.CivilFixture.Family;
import id.padu.shared.Nik;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static id.padu.services.ServicesFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Akta Kelahiran end to end: a mother applies for her newborn, the officer sends it back once, the head signs,
 * and in that same decision the registry issues the child's NIK and puts the child on the mother's Kartu
 * Keluarga; the signed Kutipan Akta Kelahiran names the NIK and verifies. Rules the registry enforces stand
 * next to the fields at submission, and a refusal at signing leaves everything as it was.
 */
@PaduIntegrationTest
class BirthCertificateIT {

	static final String AKTA = "akta-kelahiran";
	static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	DocumentIssuer issuer;

	@Autowired
	IdentifierRules identifiers;

	@Test
	void aBirthIsRegisteredWithANewNikOnTheMothersCardAndTheSignedExtractNamesIt() {
		Family family = CivilFixture.family(jdbc, encoder);
		WebClient warga = WebClient.signedIn(port, family.citizen().username());
		LocalDate born = LocalDate.now().minusDays(3);
		Map<String, Object> data = akta(family, ServicesFixture.upload(warga), born);
		String id = CivilFixture.applied(warga, AKTA, data);

		WebClient petugas = WebClient.signedIn(port, "petugas");
		CivilFixture.decided(petugas, id, "revise", "Mohon unggah ulang surat keterangan lahir yang terbaca.", null);
		assertThat(json(warga.get("/api/v1/applications/" + id)).get("status").asString()).isEqualTo("NEEDS_REVISION");
		data.put("suratKeteranganLahir", ServicesFixture.upload(warga));
		HttpResponse<String> resubmitted = warga.send("POST", "/api/v1/applications/" + id + "/resubmit",
				"application/json", ServicesFixture.JSON.writeValueAsString(Map.of("data", data)));
		assertThat(resubmitted.statusCode()).as(resubmitted.body()).isEqualTo(200);
		CivilFixture.decided(petugas, id, "approve", null, null);
		assertThat(children(family)).isZero();

		JsonNode signed = CivilFixture.decided(WebClient.signedIn(port, "kadis"), id, "approve", null, "padu-demo");
		assertThat(signed.get("status").asString()).isEqualTo("APPROVED");

		String childNik = json(warga.get("/api/v1/applications/" + id)).get("results").get("birth.nik").asString();
		identifiers.checkNik(Nik.of(childNik), born, Gender.P);
		assertThat(childNik).startsWith("367105" + IdentifierRules.expectedDatePart(born, Gender.P));
		assertThat(jdbc.sql("select nomor_kk || ' ' || family_relationship || ' ' || status || ' ' || full_name "
				+ "from resident where nik = ?").param(childNik).query(String.class).single())
			.isEqualTo(family.citizen().kk() + " ANAK HIDUP Ayu Lestari Putri");
		assertThat(jdbc.sql("select count(*) from life_event where nik = ? and type = 'BIRTH' and event_date = ?")
			.params(childNik, born).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select related_nik from life_event where nik = ? and type = 'BIRTH'")
			.param(family.citizen().nik()).query(String.class).single()).isEqualTo(childNik);

		String text = CivilFixture.text(CivilFixture.output(warga, id));
		IssuedDocument issued = CivilFixture.issued(issuer, warga, id);
		assertThat(issued.documentType()).isEqualTo("Kutipan Akta Kelahiran");
		assertThat(issued.documentNumber())
			.matches("3671-LU-" + LocalDate.now(JAKARTA).format(DateTimeFormatter.ofPattern("ddMMyyyy")) + "-\\d{4}");
		assertThat(text).contains("KUTIPAN AKTA KELAHIRAN", issued.documentNumber(), childNik, "Ayu Lestari Putri",
				"Perempuan", family.citizen().kk());
		JsonNode verified = json(WebClient.anonymous(port).get("/api/v1/documents/verify/" + issued.verificationCode()));
		assertThat(verified.get("status").asString()).isEqualTo("VALID");
		assertThat(verified.get("sha256").asString()).isEqualTo(issued.sha256());
		assertThat(verified.has("holderName")).isFalse();
		assertThat(verified.toString()).doesNotContain(childNik);
	}

	@Test
	void theRegistrysRulesStandNextToTheFieldsAndNothingIsMade() {
		Family family = CivilFixture.family(jdbc, encoder);
		WebClient warga = WebClient.signedIn(port, family.citizen().username());
		String document = ServicesFixture.upload(warga);
		LocalDate born = LocalDate.now().minusDays(1);

		Map<String, Object> data = akta(family, document, born);
		data.remove("namaAnak");
		data.put("ibu", family.citizen().childNik());
		data.put("ayah", family.citizen().nik());
		data.put("jamLahir", "25:10");
		data.put("saksi2", data.get("saksi1"));
		String errors = CivilFixture.errors(ServicesFixture.apply(warga, AKTA, data, UUID.randomUUID().toString()));
		assertThat(errors).contains("namaAnak=services.field.required", "ibu=services.civil.birth.motherNotFemale",
				"ayah=services.civil.birth.fatherNotMale", "jamLahir=services.field.time",
				"saksi2=services.civil.birth.sameWitness");

		data = akta(family, document, LocalDate.now().plusDays(2));
		data.put("ibu", "3674014508900003");
		data.put("suratKeteranganLahir", "0".repeat(64));
		HttpResponse<String> refused = ServicesFixture.apply(warga, AKTA, data, UUID.randomUUID().toString());
		assertThat(CivilFixture.errors(refused)).contains("tanggalLahir=services.field.dateMax", "ibu=services.field.member",
				"suratKeteranganLahir=services.field.file");
		assertThat(refused.body()).contains("Pilih hanya anggota keluarga Anda");

		String exe = "MZ\u0090\u0000 not a document";
		String boundary = "----padu" + UUID.randomUUID();
		HttpResponse<String> wrongType = warga.send("POST", "/api/v1/applications/files",
				"multipart/form-data; boundary=" + boundary, "--" + boundary + "\r\nContent-Disposition: form-data; "
						+ "name=\"file\"; filename=\"lahir.pdf\"\r\nContent-Type: application/pdf\r\n\r\n" + exe + "\r\n--"
						+ boundary + "--\r\n", "X-CSRF-TOKEN", warga.csrfToken("/warga"));
		assertThat(wrongType.statusCode()).isEqualTo(415);
		assertThat(CivilFixture.applicationsOf(jdbc, family.citizen())).isZero();
	}

	@Test
	void aRefusalBySigningTimeAndAnotherOpdsDecisionChangeNothing() {
		Family family = CivilFixture.family(jdbc, encoder);
		WebClient warga = WebClient.signedIn(port, family.citizen().username());
		String id = CivilFixture.applied(warga, AKTA, akta(family, ServicesFixture.upload(warga),
				LocalDate.now().minusDays(5)));

		WebClient dinkes = WebClient.signedIn(port, "petugas.dinkes");
		String verifyTask = ServicesFixture.taskOf(WebClient.signedIn(port, "petugas"), id).get("id").asString();
		assertThat(ServicesFixture.taskOf(dinkes, id)).isNull();
		HttpResponse<String> foreign = ServicesFixture.decide(dinkes, verifyTask, "approve", null, null);
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(json(foreign).get("detail").asString()).isEqualTo("Tugas tidak ditemukan atau bukan untuk Anda.");
		assertThat(json(warga.get("/api/v1/applications/" + id)).get("status").asString()).isEqualTo("SUBMITTED");

		CivilFixture.decided(WebClient.signedIn(port, "petugas"), id, "approve", null, null);
		// The mother leaves the city before the head signs: the registry refuses, and the signature with it.
		jdbc.sql("update resident set status = 'PINDAH' where nik = ?").param(family.citizen().nik()).update();
		WebClient kadis = WebClient.signedIn(port, "kadis");
		HttpResponse<String> refused = ServicesFixture.decide(kadis, ServicesFixture.taskOf(kadis, id).get("id").asString(),
				"approve", null, "padu-demo");
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(json(refused).get("code").asString()).isEqualTo("registry.birth.motherMovedOut");
		assertThat(children(family)).isZero();
		JsonNode application = json(warga.get("/api/v1/applications/" + id));
		assertThat(application.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(application.get("issuedDocumentId").isNull()).isTrue();
		assertThat(application.get("results").size()).isZero();
		assertThat(ServicesFixture.taskOf(kadis, id)).isNotNull();
	}

	private long children(Family family) {
		return jdbc.sql("select count(*) from resident where nomor_kk = ? and full_name = 'Ayu Lestari Putri'")
			.param(family.citizen().kk()).query(Long.class).single();
	}

	static Map<String, Object> akta(Family family, String document, LocalDate born) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("namaAnak", "Ayu Lestari Putri");
		data.put("jenisKelamin", "P");
		data.put("tanggalLahir", born.toString());
		data.put("jamLahir", "14:30");
		data.put("tempatLahir", "Tangerang");
		data.put("tempatDilahirkan", "rumah-sakit");
		data.put("namaTempat", "RSUD Kota Tangerang");
		data.put("kelahiranKe", "2");
		data.put("jenisKelahiran", "tunggal");
		data.put("penolong", "dokter");
		data.put("beratBayi", 3150);
		data.put("panjangBayi", 49);
		data.put("ibu", family.citizen().nik());
		data.put("ayah", family.fatherNik());
		data.put("saksi1", "3671011708850001");
		data.put("saksi2", "3671015003880002");
		data.put("suratKeteranganLahir", document);
		return data;
	}
}
