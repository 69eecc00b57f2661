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
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static id.padu.admission.AdmissionFixture.errors;
import static id.padu.admission.AdmissionFixture.zonasi;
import static id.padu.services.ServicesFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What admission refuses, on the test's own copy of the SMP bundle and its own period: a child too old, a school
 * outside the period, a fourth choice, a missing proof, a school twice, someone else's child, a closed registration,
 * an announcement before its date, the wrong people; and seats per path that break the period's shares.
 */
@PaduIntegrationTest
class AdmissionRulesIT {

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
	void badApplicationsAreRefusedWithTheReasonAtTheField() {
		String a = AdmissionFixture.school(jdbc, period, "SMP Uji C", SCHOOL_A[0], SCHOOL_A[1], 2, 1, 0, 1);
		String b = AdmissionFixture.school(jdbc, period, "SMP Uji D", SCHOOL_B[0], SCHOOL_B[1], 2, 1, 0, 1);
		Family old = AdmissionFixture.family(jdbc, encoder, "Hadi Wijaya", LocalDate.of(year - 16, 2, 1));
		WebClient parent = WebClient.signedIn(port, old.username());

		Map<String, Object> tooOld = zonasi(a, b);
		tooOld.put("anak", old.childNik());
		assertThat(errors(parent, code, tooOld)).containsOnlyKeys("anak").extractingByKey("anak").asString()
			.contains("16 tahun").contains("paling tua 15");

		Family young = AdmissionFixture.family(jdbc, encoder, "Indra Gunawan", LocalDate.of(year - 12, 5, 5));
		WebClient other = WebClient.signedIn(port, young.username());
		Map<String, Object> wrong = zonasi("99999999", a);
		wrong.put("anak", young.childNik());
		wrong.put("pilihan3", b);
		wrong.put("pilihan4", a);
		wrong.put("jalur", "mutasi");
		Map<String, String> problems = errors(other, code, wrong);
		assertThat(problems).containsKeys("pilihan1", "pilihan4", "suratTugas");
		assertThat(problems.get("pilihan1")).isEqualTo("Pilih salah satu pilihan yang tersedia.");

		Map<String, Object> twice = zonasi(a, a);
		twice.put("anak", young.childNik());
		assertThat(errors(other, code, twice)).containsOnlyKeys("pilihan2");

		Map<String, Object> otherChild = zonasi(a, null);
		otherChild.put("anak", old.childNik());
		assertThat(errors(other, code, otherChild)).containsOnlyKeys("anak");

		jdbc.sql("update admission_period set closes_on = ? where id = ?").params(AdmissionFixture.today().minusDays(1),
				period).update();
		Map<String, Object> late = zonasi(a, null);
		late.put("anak", young.childNik());
		assertThat(errors(other, code, late).get("pilihan1")).isNotNull();
		HttpResponse<String> closed = ServicesFixture.apply(other, code, late, UUID.randomUUID().toString());
		assertThat(closed.body()).contains("tidak menerima pendaftaran");
		assertThat(jdbc.sql("select count(*) from service_application where service_code = ?").param(code)
			.query(Long.class).single()).isZero();

		jdbc.sql("update admission_period set announcement_on = ? where id = ?")
			.params(AdmissionFixture.today().plusDays(1), period).update();
		HttpResponse<String> early = officer.send("POST", "/api/v1/admission/periods/" + period + "/announcement",
				"application/json", "{}");
		assertThat(early.statusCode()).isEqualTo(422);
		assertThat(early.body()).contains("admission.announce.tooEarly");
		assertThat(other.get("/api/v1/admission/periods/" + period + "/ranking?school=" + a).statusCode()).isEqualTo(403);
		assertThat(WebClient.signedIn(port, "petugas").send("POST", "/api/v1/admission/periods/" + period
				+ "/announcement", "application/json", "{}").statusCode()).isEqualTo(403);
	}

	@Test
	void quotasFollowThePeriodSharesAndTheSchoolListIsOpenToSignedInUsers() {
		String a = AdmissionFixture.school(jdbc, period, "SMP Uji E", SCHOOL_A[0], SCHOOL_A[1], 4, 2, 0, 4);
		WebClient kadis = WebClient.signedIn(port, "kadis.dindik");
		String url = "/api/v1/admission/periods/" + period + "/schools/" + a + "/quota";
		HttpResponse<String> tooFew = kadis.send("PUT", url, "application/json",
				"{\"capacity\":10,\"zonasi\":3,\"afirmasi\":2,\"mutasi\":0,\"prestasi\":5}");
		assertThat(tooFew.statusCode()).isEqualTo(422);
		assertThat(tooFew.body()).contains("admission.quota.min");
		HttpResponse<String> fine = kadis.send("PUT", url, "application/json",
				"{\"capacity\":10,\"zonasi\":5,\"afirmasi\":2,\"mutasi\":0,\"prestasi\":3}");
		assertThat(fine.statusCode()).as(fine.body()).isEqualTo(200);
		assertThat(officer.send("PUT", url, "application/json",
				"{\"capacity\":10,\"zonasi\":5,\"afirmasi\":2,\"mutasi\":0,\"prestasi\":3}").statusCode()).isEqualTo(403);
		JsonNode schools = json(officer.get("/api/v1/admission/schools?period=" + period));
		assertThat(schools.toString()).contains(a).contains("\"zonasi\":5");
		assertThat(WebClient.anonymous(port).get("/api/v1/admission/schools").statusCode()).isEqualTo(401);
	}

	@Test
	void aBundleNamingChoicesOrChecksNoModuleOffersIsRefused() throws Exception {
		byte[] zip = AdmissionFixture.bundle("uji-spmb-" + UUID.randomUUID().toString().substring(0, 8),
				Map.of("from: admission.schools", "from: admission.sekolah", "- admission.application", "- admission.entah"));
		MvcResult refused = AdmissionFixture.upload(mvc, zip);
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString()).contains("services.bundle.problem.optionsSource")
			.contains("admission.sekolah").contains("services.bundle.problem.check").contains("admission.entah");
	}
}
