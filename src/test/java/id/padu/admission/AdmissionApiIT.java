package id.padu.admission;

import id.padu.admission.AdmissionFixture.Family;
import id.padu.services.ServicesFixture;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static id.padu.services.ServicesFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admission end to end through the API, on the test's own copy of the SMP bundle and its own period and
 * schools: families apply, Dinas Pendidikan verifies, the announcement places the right children, finishes every
 * process with a note, and changes nothing when repeated.
 */
@PaduIntegrationTest
class AdmissionApiIT {

	/** Two schools about 3.6 km apart in Kecamatan Tangerang. */
	static final double[] SCHOOL_A = { -6.2000, 106.6300 };
	static final double[] SCHOOL_B = { -6.2200, 106.6550 };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MockMvc mvc;

	String code;
	UUID period;
	int year;
	WebClient officer;

	@BeforeEach
	void ownBundleAndPeriod() throws Exception {
		code = AdmissionFixture.deploy(mvc);
		year = AdmissionFixture.today().getYear() + 1;
		period = AdmissionFixture.period(jdbc, code, year);
		officer = WebClient.signedIn(port, "petugas.dindik");
	}

	@Test
	void verifiedApplicationsArePlacedByDistanceScoreAndChoiceAndTheAnnouncementHappensOnce() throws Exception {
		String a = AdmissionFixture.school(jdbc, period, "SMP Uji A", SCHOOL_A[0], SCHOOL_A[1], 1, 1, 0, 1);
		String b = AdmissionFixture.school(jdbc, period, "SMP Uji B", SCHOOL_B[0], SCHOOL_B[1], 1, 0, 0, 0);
		LocalDate twelve = LocalDate.of(year - 12, 3, 14);
		Applicant near = apply("Adi Nugroho", twelve, -6.2005, 106.6305, AdmissionFixture.zonasi(a, b));
		Applicant second = apply("Budi Santoso", twelve, -6.2060, 106.6360, AdmissionFixture.zonasi(a, b));
		Applicant far = apply("Citra Lestari", twelve, -6.2200, 106.6000, AdmissionFixture.zonasi(a, null));
		Map<String, Object> poor = AdmissionFixture.zonasi(a, null);
		poor.put("jalur", "afirmasi");
		poor.put("nomorKip", "KIP1234567");
		Applicant afirmasi = apply("Dewi Kartika", twelve, -6.2300, 106.6100, poor);
		Applicant best = apply("Eko Prasetyo", twelve, -6.2400, 106.6200, AdmissionFixture.prestasi(a, b, 91));
		Applicant good = apply("Fajar Hidayat", twelve, -6.2410, 106.6210, AdmissionFixture.prestasi(a, b, 78));
		Applicant refused = apply("Gita Permata", twelve, -6.2001, 106.6301, AdmissionFixture.zonasi(a, null));

		for (Applicant applicant : new Applicant[] { near, second, far, afirmasi, best, good }) {
			decide(applicant, "approve", null);
		}
		decide(refused, "reject", "Kartu Keluarga tidak terbaca.");
		JsonNode ranking = awaitRanking(a, r -> count(r, "IN_VERIFICATION") == 0 && applicants(r) == 6);

		assertThat(ranking.get("announced").asBoolean()).isFalse();
		JsonNode zonasiA = path(ranking, "zonasi");
		assertThat(zonasiA.get("applicants").get(0).get("trackingNumber").asString()).isEqualTo(near.tracking);
		assertThat(zonasiA.get("applicants").get(0).get("status").asString()).isEqualTo("IN_QUOTA");
		assertThat(zonasiA.get("applicants").get(0).get("name").asString()).isEqualTo("A** N******");
		assertThat(zonasiA.get("applicants").get(0).get("distanceMetres").asLong()).isBetween(60L, 90L);
		assertThat(zonasiA.get("applicants").get(0).get("distanceFrom").asString()).isEqualTo("HOME");
		assertThat(zonasiA.get("applicants").get(1).get("status").asString()).isEqualTo("ELSEWHERE");
		assertThat(ranking.toString()).doesNotContain("Adi Nugroho").doesNotContain(near.family.childNik());

		HttpResponse<String> announced = officer.send("POST", "/api/v1/admission/periods/" + period + "/announcement",
				"application/json", "{}");
		assertThat(announced.statusCode()).as(announced.body()).isEqualTo(200);
		assertThat(json(announced).get("accepted").asLong()).isEqualTo(4);
		assertThat(json(announced).get("notPlaced").asLong()).isEqualTo(2);
		assertThat(json(announced).get("repeated").asBoolean()).isFalse();

		assertOutcome(near, "APPROVED", "SMP Uji A");
		assertOutcome(second, "APPROVED", "SMP Uji B");
		assertOutcome(far, "REJECTED", "Belum diterima");
		assertOutcome(afirmasi, "APPROVED", "SMP Uji A");
		assertOutcome(best, "APPROVED", "SMP Uji A");
		assertOutcome(good, "REJECTED", "jalur Prestasi");
		assertOutcome(refused, "REJECTED", "Kartu Keluarga tidak terbaca.");
		assertThat(json(near.client.get("/api/v1/applications/" + near.id)).get("note").asString())
			.contains("Domisili (zonasi)").contains("peringkat 1");

		HttpResponse<String> again = officer.send("POST", "/api/v1/admission/periods/" + period + "/announcement",
				"application/json", "{}");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(json(again).get("repeated").asBoolean()).isTrue();
		assertThat(json(again).get("accepted").asLong()).isEqualTo(4);
		assertThat(json(again).get("announcedAt").asString()).isEqualTo(json(announced).get("announcedAt").asString());
		assertOutcome(far, "REJECTED", "Belum diterima");

		JsonNode finalA = json(officer.get("/api/v1/admission/periods/" + period + "/ranking?school=" + a));
		assertThat(finalA.get("announced").asBoolean()).isTrue();
		assertThat(path(finalA, "prestasi").get("applicants").get(0).get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(path(finalA, "prestasi").get("applicants").get(1).get("status").asString()).isEqualTo("NOT_PLACED");

		String results = WebClient.anonymous(port).get("/pengumuman-spmb/" + period + "?sekolah=" + a).body();
		assertThat(results).contains(near.tracking).contains("A** N******").contains(best.tracking)
			.doesNotContain("Adi Nugroho").doesNotContain(far.tracking).doesNotContain(near.family.childNik());
	}

	private record Applicant(Family family, WebClient client, String id, String tracking) {
	}

	private Applicant apply(String childName, LocalDate born, double lat, double lon, Map<String, Object> data) {
		Family family = AdmissionFixture.family(jdbc, encoder, childName, born);
		HttpResponse<String> located = officer.send("PUT", "/api/v1/families/" + family.kk() + "/location",
				"application/json", "{\"latitude\":" + lat + ",\"longitude\":" + lon + "}");
		assertThat(located.statusCode()).as(located.body()).isEqualTo(200);
		WebClient client = WebClient.signedIn(port, family.username());
		Map<String, Object> mine = new LinkedHashMap<>(data);
		mine.put("anak", family.childNik());
		if (mine.containsKey("sertifikat")) {
			mine.put("sertifikat", ServicesFixture.upload(client));
		}
		HttpResponse<String> made = ServicesFixture.apply(client, code, mine, UUID.randomUUID().toString());
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		JsonNode body = json(made);
		return new Applicant(family, client, body.get("id").asString(), body.get("trackingNumber").asString());
	}

	private void decide(Applicant applicant, String decision, String note) {
		JsonNode task = ServicesFixture.taskOf(officer, applicant.id());
		assertThat(task).as("verification task of " + applicant.tracking()).isNotNull();
		HttpResponse<String> done = ServicesFixture.decide(officer, task.get("id").asString(), decision, note, null);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
	}

	private void assertOutcome(Applicant applicant, String status, String noteContains) {
		JsonNode application = json(applicant.client().get("/api/v1/applications/" + applicant.id()));
		assertThat(application.get("status").asString()).as(applicant.family().childName()).isEqualTo(status);
		assertThat(application.get("note").asString()).as(applicant.family().childName()).contains(noteContains);
	}

	private JsonNode awaitRanking(String npsn, Predicate<JsonNode> ready) throws InterruptedException {
		JsonNode ranking = null;
		for (int i = 0; i < 200; i++) {
			ranking = json(officer.get("/api/v1/admission/periods/" + period + "/ranking?school=" + npsn));
			if (ready.test(ranking)) {
				return ranking;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The admission module did not learn of every verification: " + ranking);
	}

	private static JsonNode path(JsonNode ranking, String name) {
		for (JsonNode path : ranking.get("paths")) {
			if (path.get("path").asString().equals(name)) {
				return path;
			}
		}
		throw new AssertionError("no path " + name);
	}

	private static int applicants(JsonNode ranking) {
		int count = 0;
		for (JsonNode path : ranking.get("paths")) {
			count += path.get("applicants").size();
		}
		return count;
	}

	private static long count(JsonNode ranking, String status) {
		long count = 0;
		for (JsonNode path : ranking.get("paths")) {
			for (JsonNode row : path.get("applicants")) {
				count += row.get("status").asString().equals(status) ? 1 : 0;
			}
		}
		return count;
	}
}
