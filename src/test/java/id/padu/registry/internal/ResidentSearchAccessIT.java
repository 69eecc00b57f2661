package id.padu.registry.internal;

import id.padu.registry.internal.ResidentSearchFixture.Person;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static id.padu.registry.internal.ResidentSearchIT.encode;
import static id.padu.registry.internal.ResidentSearchIT.json;
import static id.padu.registry.internal.ResidentSearchIT.niks;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may search, and what is logged: API results per resident with the caller and purpose; the staff
 * page's as-you-type list not per resident, but the opening of a result, with channel SEARCH_OPEN.
 */
@PaduIntegrationTest
class ResidentSearchAccessIT {

	@LocalServerPort
	int port;

	@Autowired
	RegistryBatchWriter writer;

	@Autowired
	ResidentSearchIndexer indexer;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();
	ResidentSearchFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new ResidentSearchFixture(writer, indexer, tx);
	}

	@Test
	void aClientWithRegistryReadSearchesAndEachResultIsLoggedWithItsPurpose() throws Exception {
		String m = ResidentSearchFixture.marker();
		List<String> niks = fixture.insert("kota-tangerang", new Person("Kartini " + m), new Person("Kartini " + m));
		String purpose = "Verifikasi penerima bantuan " + UUID.randomUUID();
		HttpResponse<String> found = bearer("/api/v1/residents?q=" + encode("Kartini " + m), token("registry.read"), purpose);
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(niks(json(found))).containsExactlyInAnyOrderElementsOf(niks);
		for (String nik : niks) {
			assertThat(jdbc.sql("select accessor_name, channel, fields from personal_data_access where nik = ? and purpose = ?")
				.params(nik, purpose).query((rs, i) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).list())
				.containsExactly("demo-integrasi|API|nik,name,birthDate,birthPlace,gender,kodeWilayah,address");
		}
		// Without X-Purpose the call is still logged, under the default purpose.
		HttpResponse<String> unnamed = bearer("/api/v1/residents?q=" + encode("Kartini " + m), token("registry.read"), null);
		assertThat(unnamed.statusCode()).isEqualTo(200);
		assertThat(entries(niks.get(0), "API")).contains("Pencarian penduduk melalui API");
	}

	@Test
	void clientsWithoutARegistryReadScopeAndCitizensAreRefused() throws Exception {
		assertThat(bearer("/api/v1/residents?q=Siti", token("organization.read"), "Uji").statusCode()).isEqualTo(403);
		assertThat(bearer("/api/v1/residents?q=Siti", token("registry.basic"), "Uji").statusCode()).isEqualTo(403);
		assertThat(WebClient.signedIn(port, "warga").get("/api/v1/residents?q=Siti").statusCode()).isEqualTo(403);
		assertThat(WebClient.anonymous(port).get("/api/v1/residents?q=Siti").statusCode()).isIn(401, 302);
	}

	@Test
	void theStaffPageListsAsTheOfficerTypesAndLogsTheOpenedResult() throws Exception {
		String m = ResidentSearchFixture.marker();
		String nik = fixture.insert("kota-tangerang", new Person("Sumarni " + m)).get(0);
		WebClient petugas = WebClient.signedIn(port, "petugas");

		HttpResponse<String> fragment = petugas.get("/kantor/penduduk/cari?q=" + encode("Soemarni " + m), "HX-Request", "true");
		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body()).contains("Sumarni " + m).contains("/kantor/penduduk/" + nik + "?from=search")
			.doesNotContain("<html");
		// Listing is not a read of the record: nothing logged yet.
		assertThat(entries(nik, null)).isEmpty();

		HttpResponse<String> page = petugas.get("/kantor/penduduk/cari?q=" + encode("Sumarni " + m));
		assertThat(page.body()).contains("<html").contains("id=\"search-hits\"").contains("Sumarni " + m);

		HttpResponse<String> purposePage = petugas.get("/kantor/penduduk/" + nik + "?from=search");
		assertThat(purposePage.body()).contains("name=\"from\"").contains("value=\"search\"");
		HttpResponse<String> opened = petugas.get("/kantor/penduduk/" + nik + "?from=search&choice=pelayanan");
		assertThat(opened.statusCode()).isEqualTo(200);
		assertThat(opened.body()).contains("Sumarni " + m);
		assertThat(entries(nik, "SEARCH_OPEN")).hasSize(1);
		// Opened the usual way, the read is a PAGE read.
		petugas.get("/kantor/penduduk/" + nik + "?choice=pelayanan");
		assertThat(entries(nik, "PAGE")).hasSize(1);
	}

	@Test
	void theStaffPageExplainsTooShortQueriesInBothLanguages() throws Exception {
		WebClient petugas = WebClient.signedIn(port, "petugas");
		HttpResponse<String> one = petugas.get("/kantor/penduduk/cari?q=S", "HX-Request", "true");
		assertThat(one.statusCode()).isEqualTo(200);
		assertThat(one.body()).contains("id=\"search-problem\"").contains("Ketik minimal 2 huruf");
		HttpResponse<String> english = petugas.get("/kantor/penduduk/cari?q=S&lang=en", "HX-Request", "true");
		assertThat(english.body()).contains("Type at least 2 letters");
		HttpResponse<String> none = petugas.get("/kantor/penduduk/cari?q=" + encode("Zzqxv Wqzzk"), "HX-Request", "true");
		assertThat(none.body()).contains("id=\"search-none\"");
		HttpResponse<String> lookup = petugas.get("/kantor/penduduk");
		assertThat(lookup.body()).contains("id=\"search-form\"").contains("hx-get=\"/kantor/penduduk/cari\"")
			.contains("value=\"36.71.01.1001\"");
	}

	private List<String> entries(String nik, String channel) {
		return jdbc.sql("select purpose from personal_data_access where nik = ?" + (channel == null ? "" : " and channel = ?"))
			.params(channel == null ? new Object[] { nik } : new Object[] { nik, channel })
			.query(String.class).list();
	}

	private String token(String scope) throws Exception {
		String basic = Base64.getEncoder().encodeToString("demo-integrasi:padu-demo-secret".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=" + scope)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return ResidentSearchIT.JSON.readTree(response.body()).get("access_token").asString();
	}

	private HttpResponse<String> bearer(String path, String token, String purpose) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token);
		if (purpose != null) {
			request.header("X-Purpose", purpose);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
