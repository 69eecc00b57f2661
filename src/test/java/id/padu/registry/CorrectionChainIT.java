package id.padu.registry;

import id.padu.registry.CorrectionFixture.Person;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static id.padu.registry.CorrectionFixture.PDF;
import static id.padu.registry.CorrectionFixture.changes;
import static id.padu.registry.CorrectionFixture.decide;
import static id.padu.registry.CorrectionFixture.json;
import static id.padu.registry.CorrectionFixture.name;
import static id.padu.registry.CorrectionFixture.submit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A head outside the requester's chain of command: the admin sets up a new OPD with its head through
 * the organization API and pages, and gives the head an account. That head may not decide a request of
 * Disdukcapil's officer, sees none in their queue, and the request stays for the head of Disdukcapil.
 */
@PaduIntegrationTest
class CorrectionChainIT {

	static final String PASSWORD = "Sandi-Kepala-Dinas-2026";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aHeadOfAnotherOpdCannotDecideAndSeesNothingToDecide() {
		String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
		String username = "kadis.uji" + suffix;
		headOfNewOpd(suffix, username);
		WebClient otherHead = signIn(username);

		Person person = CorrectionFixture.person(jdbc, "Nurul Hidayah");
		WebClient petugas = WebClient.signedIn(port, "petugas");
		String id = json(submit(petugas, person.nik(), changes("birthPlace", "Serang"), "Akta kelahiran", "akta.pdf", PDF))
			.get("id").asString();

		HttpResponse<String> refused = decide(otherHead, id, "approve", null);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(json(refused).get("code").asString()).isEqualTo("registry.correction.notInChain");
		HttpResponse<String> notRejectable = decide(otherHead, id, "reject", "Bukan kewenangan saya");
		assertThat(json(notRejectable).get("code").asString()).isEqualTo("registry.correction.notInChain");
		assertThat(HtmlUtils.htmlUnescape(otherHead.get("/kantor/perbaikan").body())).doesNotContain("request-" + id);
		assertThat(jdbc.sql("select status from change_request where id = ?").param(UUID.fromString(id)).query(String.class)
			.single()).isEqualTo("DIAJUKAN");
		assertThat(jdbc.sql("select birth_place from resident where tenant_id = 'kota-tangerang' and nik = ?")
			.param(person.nik()).query(String.class).single()).isEqualTo("Tangerang");

		WebClient kadis = WebClient.signedIn(port, "kadis");
		assertThat(decide(kadis, id, "approve", null).statusCode()).isEqualTo(200);
		assertThat(name(jdbc, person.nik())).isEqualTo("Nurul Hidayah");
		assertThat(jdbc.sql("select birth_place from resident where tenant_id = 'kota-tangerang' and nik = ?")
			.param(person.nik()).query(String.class).single()).isEqualTo("Serang");
	}

	/** Unit (API), head position, staff, assignment (pages) and a HEAD account, all by the admin. */
	private void headOfNewOpd(String suffix, String username) {
		WebClient admin = WebClient.signedIn(port, "admin");
		String unit = "dinsos-uji-" + suffix;
		HttpResponse<String> created = admin.send("POST", "/api/v1/organization/units", "application/json",
				"{\"code\":\"" + unit + "\",\"name\":\"Dinas Sosial Uji " + suffix + "\",\"kind\":\"DINAS\",\"parentCode\":\"pemkot\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String position = "kepala-" + unit;
		expectRedirect(form(admin, "/kantor/organisasi/jabatan", "code=" + position + "&title=Kepala+Dinas+Sosial+Uji&level=KEPALA_OPD"
				+ "&unitCode=" + unit + "&parentCode=walikota&order=0"));
		String nip = "19750304" + "200003" + "1" + String.format("%03d", 1 + Integer.parseInt(suffix) % 999);
		expectRedirect(form(admin, "/kantor/organisasi/pegawai", "nip=" + nip + "&fullName=Drs.+Sutrisno+Uji+" + suffix
				+ "&username=" + username));
		expectRedirect(form(admin, "/kantor/organisasi/jabatan/" + position + "/tugaskan", "nip=" + nip
				+ "&kind=DEFINITIF&startDate=" + LocalDate.now().minusDays(1)));
		expectRedirect(form(admin, "/kantor/akun/baru", "username=" + username + "&displayName=Sutrisno+Uji&roles=HEAD"
				+ "&passwordChoice=password&password=" + PASSWORD + "&passwordConfirmation=" + PASSWORD));
	}

	private WebClient signIn(String username) {
		WebClient client = WebClient.anonymous(port);
		HttpResponse<String> login = client.post("/login", "username=" + username + "&password=" + PASSWORD + "&_csrf="
				+ URLEncoder.encode(client.csrfToken("/login"), StandardCharsets.UTF_8));
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return client;
	}

	private static HttpResponse<String> form(WebClient client, String path, String body) {
		return client.post(path, body + "&_csrf=" + URLEncoder.encode(client.csrfToken("/kantor"), StandardCharsets.UTF_8));
	}

	private static void expectRedirect(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(HtmlUtils.htmlUnescape(response.body())).isEqualTo(302);
	}
}
