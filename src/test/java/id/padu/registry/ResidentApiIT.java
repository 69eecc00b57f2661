package id.padu.registry;

import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/residents/{nik}: purpose required, identifiers checked, fields by scope, every read logged. */
@PaduIntegrationTest
class ResidentApiIT {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String SITI = "3671014508900003";
	static final String AHMAD = "3671011402870001";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aReadWithoutPurposeIsRefusedInBothLanguages() throws Exception {
		WebClient petugas = WebClient.signedIn(port, "petugas");
		HttpResponse<String> none = petugas.get("/api/v1/residents/" + SITI);
		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(json(none).get("code").asString()).isEqualTo("registry.purpose.required");
		assertThat(json(none).get("detail").asString()).contains("Sebutkan tujuan akses pada header X-Purpose");
		HttpResponse<String> blank = petugas.get("/api/v1/residents/" + SITI, "X-Purpose", "  ", "Accept-Language", "en");
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(json(blank).get("detail").asString()).contains("State the purpose of access in the X-Purpose header");
	}

	@Test
	void invalidNiksNameTheFailingPartAndUnknownOnesAre404() throws Exception {
		WebClient petugas = WebClient.signedIn(port, "petugas");
		HttpResponse<String> serial = petugas.get("/api/v1/residents/3671014508900000", "X-Purpose", "Uji");
		assertThat(serial.statusCode()).isEqualTo(400);
		assertThat(json(serial).get("code").asString()).isEqualTo("identifier.nik.serial");
		HttpResponse<String> kecamatan = petugas.get("/api/v1/residents/9999014508900003", "X-Purpose", "Uji",
				"Accept-Language", "en");
		assertThat(kecamatan.statusCode()).isEqualTo(400);
		assertThat(json(kecamatan).get("detail").asString()).contains("(999901) are not a known kecamatan code");
		HttpResponse<String> date = petugas.get("/api/v1/residents/3671019913900003", "X-Purpose", "Uji");
		assertThat(json(date).get("code").asString()).isEqualTo("identifier.nik.birthdate");
		HttpResponse<String> unknown = petugas.get("/api/v1/residents/3671010101709999", "X-Purpose", "Uji");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(json(unknown).get("detail").asString()).isEqualTo("Penduduk dengan NIK tersebut tidak ditemukan.");
	}

	@Test
	void basicScopeGetsIdentityOnlyFullScopeEverythingAndTheLogSaysWhich() throws Exception {
		String basicPurpose = "Verifikasi BPJS " + UUID.randomUUID();
		HttpResponse<String> basic = bearerGet("/api/v1/residents/" + SITI, token("registry.basic"), basicPurpose);
		assertThat(basic.statusCode()).isEqualTo(200);
		assertThat(names(json(basic))).containsExactlyInAnyOrder("nik", "name", "birthDate", "gender", "kodeWilayah");
		assertThat(json(basic).get("name").asString()).isEqualTo("Siti Rahmawati");
		assertThat(json(basic).get("birthDate").asString()).isEqualTo("1990-08-05");
		assertThat(json(basic).get("kodeWilayah").asString()).startsWith("36.71.01.");

		String fullPurpose = "Pencocokan data SIAK " + UUID.randomUUID();
		HttpResponse<String> full = bearerGet("/api/v1/residents/" + SITI, token("registry.full"), fullPurpose);
		JsonNode body = json(full);
		assertThat(names(body)).contains("religion", "address", "phone", "family", "lifeEvents");
		assertThat(body.get("family").get("nomorKk").asString()).isEqualTo("3671011212180002");
		assertThat(body.get("family").get("members")).hasSize(4);
		assertThat(body.get("lifeEvents").get(0).get("type").asString()).isEqualTo("BIRTH");

		JsonNode log = json(WebClient.signedIn(port, "petugas").get("/api/v1/residents/" + SITI + "/access-log"));
		JsonNode basicEntry = entry(log, basicPurpose);
		assertThat(basicEntry.get("accessorKind").asString()).isEqualTo("CLIENT");
		assertThat(basicEntry.get("accessor").asString()).isEqualTo("demo-integrasi");
		assertThat(basicEntry.get("channel").asString()).isEqualTo("API");
		assertThat(texts(basicEntry.get("fields"))).containsExactlyInAnyOrderElementsOf(names(json(basic)));
		assertThat(texts(entry(log, fullPurpose).get("fields"))).containsExactlyInAnyOrderElementsOf(names(body));
		// Newest first.
		assertThat(log.get(0).get("at").asString().compareTo(log.get(log.size() - 1).get("at").asString())).isGreaterThanOrEqualTo(0);
		// Seeing the family is a read of each member's listed fields, logged on their own NIK.
		JsonNode husbandLog = json(WebClient.signedIn(port, "petugas").get("/api/v1/residents/" + AHMAD + "/access-log"));
		assertThat(texts(entry(husbandLog, fullPurpose).get("fields"))).containsExactly("nik", "name", "relationship",
				"gender", "birthDate", "status");
	}

	@Test
	void staffReadsAreLoggedWithNameAndOpd() throws Exception {
		String purpose = "Pelayanan KTP-el " + UUID.randomUUID();
		WebClient petugas = WebClient.signedIn(port, "petugas");
		HttpResponse<String> read = petugas.get("/api/v1/residents/" + AHMAD, "X-Purpose", purpose);
		// One access row per read, committed with the read; the sealer puts it into the audit chain later.
		assertThat(accessRows(AHMAD, purpose)).isEqualTo(1);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(json(read).get("name").asString()).isEqualTo("Ahmad Fauzi");
		JsonNode entry = entry(json(petugas.get("/api/v1/residents/" + AHMAD + "/access-log")), purpose);
		assertThat(entry.get("accessorKind").asString()).isEqualTo("ACCOUNT");
		assertThat(entry.get("accessor").asString()).isEqualTo("petugas");
		assertThat(entry.get("accessorName").asString()).isEqualTo("Dewi Lestari");
		assertThat(entry.get("unit").asString()).isEqualTo("Dinas Kependudukan dan Pencatatan Sipil");
	}

	@Test
	void theCitizenReadsTheirOwnLogButNobodyElses() throws Exception {
		String purpose = "Penanganan pengaduan " + UUID.randomUUID();
		WebClient.signedIn(port, "petugas").get("/api/v1/residents/" + SITI, "X-Purpose", purpose);
		WebClient warga = WebClient.signedIn(port, "warga");
		HttpResponse<String> own = warga.get("/api/v1/residents/" + SITI + "/access-log");
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(entry(json(own), purpose).get("accessorName").asString()).isEqualTo("Dewi Lestari");
		assertThat(warga.get("/api/v1/residents/" + AHMAD + "/access-log").statusCode()).isEqualTo(404);
		assertThat(warga.get("/api/v1/residents/" + SITI, "X-Purpose", "Ingin tahu").statusCode()).isEqualTo(403);
	}

	@Test
	void anotherPemdaCannotSeeTheResident() throws Exception {
		WebClient tangsel = WebClient.signedIn(port, "admin.tangsel");
		assertThat(tangsel.get("/api/v1/residents/" + SITI, "X-Purpose", "Uji lintas daerah").statusCode()).isEqualTo(404);
		assertThat(tangsel.get("/api/v1/families/3671011212180002", "X-Purpose", "Uji").statusCode()).isEqualTo(404);
		assertThat(tangsel.get("/api/v1/residents/" + SITI + "/access-log").statusCode()).isEqualTo(404);
	}

	@Test
	void familiesByNomorKk() throws Exception {
		WebClient petugas = WebClient.signedIn(port, "petugas");
		assertThat(petugas.get("/api/v1/families/3671011212180002").statusCode()).isEqualTo(400);
		HttpResponse<String> family = petugas.get("/api/v1/families/3671011212180002", "X-Purpose", "Pembaruan KK");
		assertThat(family.statusCode()).isEqualTo(200);
		JsonNode members = json(family).get("members");
		assertThat(members.get(0).get("relationship").asString()).isEqualTo("KEPALA_KELUARGA");
		assertThat(members.get(0).get("name").asString()).isEqualTo("Ahmad Fauzi");
		assertThat(members).hasSize(4);
		HttpResponse<String> invalid = petugas.get("/api/v1/families/3671013002180002", "X-Purpose", "Uji");
		assertThat(json(invalid).get("code").asString()).isEqualTo("identifier.kk.issueDate");
		assertThat(bearerGet("/api/v1/families/3671011212180002", token("registry.basic"), "Uji").statusCode())
			.isEqualTo(403);
	}

	private long accessRows(String nik, String purpose) {
		return jdbc.sql("select count(*) from personal_data_access where tenant_id = 'kota-tangerang' and nik = ?"
				+ " and purpose = ? and accessor_name = 'petugas'").params(nik, purpose).query(Long.class).single();
	}

	private String token(String scope) throws Exception {
		String basic = Base64.getEncoder().encodeToString("demo-integrasi:padu-demo-secret".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=" + scope)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return json(response).get("access_token").asString();
	}

	private HttpResponse<String> bearerGet(String path, String token, String purpose) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token)
			.header("X-Purpose", purpose).build(), HttpResponse.BodyHandlers.ofString());
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(n -> texts.add(n.asString()));
		return texts;
	}

	static JsonNode entry(JsonNode log, String purpose) {
		for (JsonNode entry : log) {
			if (entry.get("purpose").asString().equals(purpose)) {
				return entry;
			}
		}
		throw new AssertionError("No access-log entry with purpose " + purpose + " in " + log);
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
