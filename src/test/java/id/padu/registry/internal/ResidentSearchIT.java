package id.padu.registry.internal;

import id.padu.registry.Gender;
import id.padu.registry.internal.ResidentSearchFixture.Person;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/residents?q=: every way of writing a name finds the resident, best match first. */
@PaduIntegrationTest
class ResidentSearchIT {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String TANGERANG = "kota-tangerang";

	@LocalServerPort
	int port;

	@Autowired
	RegistryBatchWriter writer;

	@Autowired
	ResidentSearchIndexer indexer;

	@Autowired
	TransactionTemplate tx;

	ResidentSearchFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new ResidentSearchFixture(writer, indexer, tx);
	}

	@Test
	void oldSpellingFindsTheNewAndTheNewFindsTheOld() throws Exception {
		String m = ResidentSearchFixture.marker();
		List<String> niks = fixture.insert(TANGERANG, new Person("Soekarno " + m), new Person("Djoko Tjahjo " + m),
				new Person("Wahyu " + m), new Person("Nurhayati " + m));
		WebClient petugas = WebClient.signedIn(port, "petugas");
		assertExactFirst(petugas, "Sukarno " + m, niks.get(0));
		assertExactFirst(petugas, "Joko Cahyo " + m, niks.get(1));
		assertExactFirst(petugas, "djoko tjahjo " + m.toLowerCase(), niks.get(1));
		assertExactFirst(petugas, "Wahjoe " + m, niks.get(2));
		assertExactFirst(petugas, "Nur Hayati " + m, niks.get(3));
		assertExactFirst(petugas, "nurhayati" + m, niks.get(3));
	}

	@Test
	void abbreviationsAndTitlesAreTheWrittenOutName() throws Exception {
		String m = ResidentSearchFixture.marker();
		List<String> niks = fixture.insert(TANGERANG, new Person("Moh. Ikhsan " + m), new Person("Mochammad Basri " + m),
				new Person("St. Aminah " + m), new Person("Abd. Rahman " + m), new Person("H. Sueb " + m),
				new Person("Nur Hayati " + m));
		WebClient petugas = WebClient.signedIn(port, "petugas");
		for (String variant : List.of("Muhammad", "Muhamad", "Mochammad", "Moh")) {
			assertExactFirst(petugas, variant + " Ikhsan " + m, niks.get(0));
		}
		assertExactFirst(petugas, "Moh. Basri " + m, niks.get(1));
		assertExactFirst(petugas, "Muhammad Basri " + m, niks.get(1));
		assertExactFirst(petugas, "Siti Aminah " + m, niks.get(2));
		assertExactFirst(petugas, "Abdul Rahman " + m, niks.get(3));
		assertExactFirst(petugas, "Sueb " + m, niks.get(4));
		assertExactFirst(petugas, "Haji Sueb " + m, niks.get(4));
		assertExactFirst(petugas, "Nurhayati " + m, niks.get(5));
	}

	@Test
	void typosInALongNameAreForgiven() throws Exception {
		String m = ResidentSearchFixture.marker();
		String nik = fixture.insert(TANGERANG, new Person("Bambang " + m)).get(0);
		WebClient petugas = WebClient.signedIn(port, "petugas");
		String oneTypo = m.substring(0, 4) + "x" + m.substring(5);
		String twoTypos = m.substring(0, 2) + "z" + m.substring(3, 6) + "y" + m.substring(7);
		assertThat(niks(search(petugas, "Bambang " + oneTypo))).first().isEqualTo(nik);
		assertThat(niks(search(petugas, "Bambang " + twoTypos))).first().isEqualTo(nik);
		// Missing a letter, and as the officer types (a prefix of the long word).
		assertThat(niks(search(petugas, "Bambang " + m.substring(0, 5) + m.substring(6)))).first().isEqualTo(nik);
		assertThat(niks(search(petugas, "Bamb " + m.substring(0, 6)))).contains(nik);
	}

	@Test
	void prefixesShowResultsAsTheOfficerTypes() throws Exception {
		JsonNode hits = search(WebClient.signedIn(port, "petugas"), "Sit Rahm");
		assertThat(hits).isNotEmpty();
		for (JsonNode hit : hits) {
			assertThat(hit.get("name").asString()).matches("(?i)(siti|st\\.)\\s+.*rahm.*");
		}
		assertThat(hits.get(0).get("score").asDouble()).isLessThan(1.0);
	}

	@Test
	void filtersNarrowNamesakesDown() throws Exception {
		String name = "Purnomo " + ResidentSearchFixture.marker();
		List<String> niks = fixture.insert(TANGERANG,
				new Person(name, LocalDate.of(1931, 2, 3), Gender.L, ResidentSearchFixture.KELURAHAN, "001", "002"),
				new Person(name, LocalDate.of(1932, 4, 5), Gender.P, ResidentSearchFixture.OTHER_KELURAHAN, "004", "005"));
		WebClient petugas = WebClient.signedIn(port, "petugas");
		assertThat(niks(search(petugas, name))).containsExactlyInAnyOrderElementsOf(niks);
		String q = encode(name);
		assertThat(niks(get(petugas, "/api/v1/residents?q=" + q + "&birthYear=1932"))).containsExactly(niks.get(1));
		assertThat(niks(get(petugas, "/api/v1/residents?q=" + q + "&birthDate=1931-02-03"))).containsExactly(niks.get(0));
		assertThat(niks(get(petugas, "/api/v1/residents?q=" + q + "&kelurahan=" + ResidentSearchFixture.OTHER_KELURAHAN)))
			.containsExactly(niks.get(1));
		assertThat(niks(get(petugas, "/api/v1/residents?q=" + q + "&rt=1&rw=2"))).containsExactly(niks.get(0));
		assertThat(niks(get(petugas, "/api/v1/residents?q=" + q + "&gender=P"))).containsExactly(niks.get(1));
		assertThat(niks(get(petugas, "/api/v1/residents?q=" + q + "&gender=P&birthYear=1931"))).isEmpty();
	}

	@Test
	void sixteenDigitsAreAnExactNikOrTheMembersOfAKk() throws Exception {
		WebClient petugas = WebClient.signedIn(port, "petugas");
		JsonNode one = search(petugas, "3671014508900003");
		assertThat(one).hasSize(1);
		assertThat(one.get(0).get("name").asString()).isEqualTo("Siti Rahmawati");
		assertThat(one.get(0).get("score").asDouble()).isEqualTo(1.0);
		assertThat(one.get(0).get("address").get("kelurahan").asString()).startsWith("36.71.01.");
		JsonNode family = search(petugas, "3671 0112 1218 0002");
		assertThat(family).hasSize(4);
		assertThat(family.get(0).get("name").asString()).isEqualTo("Ahmad Fauzi");
		assertThat(search(petugas, "3671010101709999")).isEmpty();
	}

	@Test
	void blankOneLetterAndPartialNumbersAreRefusedWithAClearMessage() throws Exception {
		WebClient petugas = WebClient.signedIn(port, "petugas");
		for (String q : List.of("", "%20%20", "a")) {
			HttpResponse<String> response = petugas.get("/api/v1/residents?q=" + q);
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(json(response).get("code").asString()).isEqualTo("registry.search.tooShort");
			assertThat(json(response).get("detail").asString()).contains("Ketik minimal 2 huruf");
		}
		HttpResponse<String> english = petugas.get("/api/v1/residents", "Accept-Language", "en");
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(json(english).get("detail").asString()).contains("Type at least 2 letters");
		HttpResponse<String> digits = petugas.get("/api/v1/residents?q=367101");
		assertThat(json(digits).get("code").asString()).isEqualTo("registry.search.digits");
		assertThat(petugas.get("/api/v1/residents?q=Siti&limit=51").statusCode()).isEqualTo(400);
		assertThat(petugas.get("/api/v1/residents?q=Siti&rt=abc").statusCode()).isEqualTo(400);
		assertThat(petugas.get("/api/v1/residents?q=Siti&birthDate=kemarin").statusCode()).isEqualTo(400);
	}

	@Test
	void limitsDefaultToTenAndCapAtFifty() throws Exception {
		WebClient petugas = WebClient.signedIn(port, "petugas");
		assertThat(search(petugas, "Siti")).hasSize(10);
		assertThat(get(petugas, "/api/v1/residents?q=Siti&limit=3")).hasSize(3);
		JsonNode sitis = get(petugas, "/api/v1/residents?q=Siti&limit=50");
		assertThat(sitis.size()).isGreaterThan(10);
		// Best first: scores never rise down the list.
		for (int i = 1; i < sitis.size(); i++) {
			assertThat(sitis.get(i).get("score").asDouble()).isLessThanOrEqualTo(sitis.get(i - 1).get("score").asDouble());
		}
	}

	@Test
	void anotherPemdaNeverSeesTheResidents() throws Exception {
		String m = ResidentSearchFixture.marker();
		String nik = fixture.insert(TANGERANG, new Person("Sulastri " + m)).get(0);
		assertThat(niks(search(WebClient.signedIn(port, "petugas"), "Sulastri " + m))).containsExactly(nik);
		WebClient tangsel = WebClient.signedIn(port, "admin.tangsel");
		// Tangsel has Sulastris of its own (found when one word is let go), but never this one.
		JsonNode theirs = search(tangsel, "Sulastri " + m);
		assertThat(niks(theirs)).doesNotContain(nik);
		theirs.forEach(hit -> assertThat(hit.get("kodeWilayah").asString()).startsWith("36.74."));
		assertThat(search(tangsel, m)).isEmpty();
		assertThat(search(tangsel, nik)).isEmpty();
		assertThat(search(tangsel, "3671014508900003")).isEmpty();
		assertThat(search(tangsel, "3671011212180002")).isEmpty();
	}

	static void assertExactFirst(WebClient client, String q, String nik) {
		JsonNode hits = search(client, q);
		assertThat(niks(hits)).as("results for %s", q).first().isEqualTo(nik);
		assertThat(hits.get(0).get("score").asDouble()).as("score for %s", q).isEqualTo(1.0);
	}

	static JsonNode search(WebClient client, String q) {
		return get(client, "/api/v1/residents?q=" + encode(q));
	}

	static JsonNode get(WebClient client, String path) {
		HttpResponse<String> response = client.get(path);
		assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
		return json(response);
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	static List<String> niks(JsonNode hits) {
		List<String> niks = new ArrayList<>();
		hits.forEach(h -> niks.add(h.get("nik").asString()));
		return niks;
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
