package id.padu.registry;

import id.padu.registry.LifeEventFixture.Couple;
import id.padu.registry.LifeEventFixture.Person;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.TenantFixture;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;

import static id.padu.registry.CorrectionFixture.json;
import static id.padu.registry.LifeEventFixture.TANGERANG;
import static id.padu.registry.LifeEventFixture.events;
import static id.padu.registry.LifeEventFixture.status;
import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/v1/residents/{nik}/life-events: staff sessions and clients with registry.write, problem details. */
@PaduIntegrationTest
class LifeEventApiIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerRecordsADeathOnceAndGetsProblemDetailsForTheRest() {
		Couple couple = LifeEventFixture.couple(jdbc, "Bambang Hartono", "Sri Rahayu");
		WebClient petugas = WebClient.signedIn(port, "petugas");
		String path = "/api/v1/residents/" + couple.husband().nik() + "/life-events";
		HttpResponse<String> recorded = send(petugas, path, "{\"type\":\"DEATH\",\"date\":\"2025-01-05\",\"details\":\"Surat kematian RS\"}");
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
		assertThat(recorded.headers().firstValue("Location").orElse("")).endsWith("/api/v1/residents/" + couple.husband().nik());
		JsonNode body = json(recorded);
		assertThat(body.get("type").asString()).isEqualTo("DEATH");
		assertThat(body.get("date").asString()).isEqualTo("2025-01-05");
		assertThat(status(jdbc, couple.husband().nik())).isEqualTo("MENINGGAL KAWIN");
		assertThat(status(jdbc, couple.wife().nik())).isEqualTo("HIDUP CERAI_MATI");

		HttpResponse<String> again = send(petugas, path, "{\"type\":\"DEATH\",\"date\":\"2025-01-06\"}");
		assertThat(again.statusCode()).isEqualTo(422);
		assertThat(again.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(json(again).get("code").asString()).isEqualTo("registry.death.alreadyRecorded");
		assertThat(json(again).get("detail").asString()).isEqualTo("Kematian penduduk ini sudah tercatat.");
		assertThat(json(send(petugas, path + "?lang=en", "{\"type\":\"DEATH\",\"date\":\"2025-01-06\"}")).get("detail").asString())
			.isEqualTo("The death of this resident is already recorded.");
		assertThat(events(jdbc, couple.husband().nik())).isEqualTo(3);

		HttpResponse<String> missing = send(petugas, path + "?lang=id", "{\"date\":\"2025-01-06\"}");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(json(missing).get("errors").toString()).contains("\"field\":\"type\"", "Sebutkan jenis peristiwa");
		HttpResponse<String> birth = send(petugas, path, "{\"type\":\"BIRTH\",\"date\":\"2025-01-06\"}");
		assertThat(birth.statusCode()).isEqualTo(400);
		assertThat(json(birth).get("errors").toString()).contains("dicatat pada halaman Kartu Keluarga");
		HttpResponse<String> noSpouse = send(petugas, "/api/v1/residents/" + couple.wife().nik() + "/life-events",
				"{\"type\":\"DIVORCE\",\"date\":\"2025-01-06\"}");
		assertThat(json(noSpouse).get("errors").toString()).contains("\"field\":\"spouseNik\"");
		assertThat(send(petugas, "/api/v1/residents/3671055101990001/life-events", "{\"type\":\"DEATH\",\"date\":\"2025-01-06\"}")
			.statusCode()).isEqualTo(404);
		HttpResponse<String> invalid = send(petugas, "/api/v1/residents/12345/life-events", "{\"type\":\"DEATH\",\"date\":\"2025-01-06\"}");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(json(invalid).get("code").asString()).isEqualTo("identifier.nik.format");
		assertThat(send(WebClient.signedIn(port, "auditor"), path, "{\"type\":\"DEATH\",\"date\":\"2025-01-06\"}").statusCode())
			.isEqualTo(403);
	}

	@Test
	void aClientWithRegistryWriteRecordsAMoveOutAndIsNamedInTheHistory() {
		Person person = LifeEventFixture.single(jdbc, "Wahyu Saputra", false);
		String token = TenantFixture.bearerToken(port, "demo-integrasi", "padu-demo-secret");
		WebClient siak = WebClient.withBearer(port, token);
		String path = "/api/v1/residents/" + person.nik() + "/life-events";
		HttpResponse<String> here = send(siak, path, "{\"type\":\"MOVE_OUT\",\"date\":\"2025-03-01\",\"destination\":\"36.71.01\"}");
		assertThat(here.statusCode()).isEqualTo(422);
		assertThat(json(here).get("code").asString()).isEqualTo("registry.moveOut.destinationHere");
		HttpResponse<String> moved = send(siak, path,
				"{\"type\":\"MOVE_OUT\",\"date\":\"2025-03-01\",\"destination\":\"32.73.02\",\"details\":\"SKPWNI 3273/2025\"}");
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(201);
		assertThat(json(moved).get("wilayah").asString()).isEqualTo("32.73.02");
		assertThat(status(jdbc, person.nik())).isEqualTo("PINDAH BELUM_KAWIN");
		assertThat(jdbc.sql("select recorded_by || ' ' || wilayah_kode || ' ' || details from life_event where tenant_id = ? and nik = ? and type = 'MOVE_OUT'")
			.params(TANGERANG, person.nik()).query(String.class).single()).isEqualTo("demo-integrasi 32.73.02 SKPWNI 3273/2025");

		Person other = LifeEventFixture.single(jdbc, "Yanti Susanti", true);
		String readOnly = json(WebClient.anonymous(port).send("POST", "/oauth2/token", "application/x-www-form-urlencoded",
				"grant_type=client_credentials&scope=registry.read&client_id=demo-integrasi&client_secret=padu-demo-secret"))
			.get("access_token").asString();
		assertThat(send(WebClient.withBearer(port, readOnly), "/api/v1/residents/" + other.nik() + "/life-events",
				"{\"type\":\"DEATH\",\"date\":\"2025-01-06\"}").statusCode()).isEqualTo(403);
		assertThat(status(jdbc, other.nik())).isEqualTo("HIDUP BELUM_KAWIN");
	}

	private static HttpResponse<String> send(WebClient client, String path, String json) {
		return client.send("POST", path, "application/json", json);
	}
}
