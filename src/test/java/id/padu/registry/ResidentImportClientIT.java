package id.padu.registry;

import id.padu.registry.ResidentImportSamples.Person;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.UUID;

import static id.padu.registry.CorrectionFixture.json;
import static id.padu.registry.ResidentImportSamples.csv;
import static id.padu.registry.ResidentImportSamples.kk;
import static id.padu.registry.ResidentImportSamples.person;
import static org.assertj.core.api.Assertions.assertThat;

/** SIAK sends its export itself: a client with scope registry.import may, one with read scopes only may not. */
@PaduIntegrationTest
class ResidentImportClientIT {

	static final String KELURAHAN = "36.71.01.1003";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClientWithTheImportScopeImportsAndIsNamedAsTheImporter() {
		String kk = kk("367101");
		Person head = person(kk, "KEPALA KELUARGA", false, KELURAHAN);
		Person wife = person(kk, "ISTRI", true, KELURAHAN);
		WebClient siak = WebClient.withBearer(port, token("registry.import"));
		HttpResponse<String> imported = siak.send("POST", "/api/v1/residents/import", "text/csv; charset=UTF-8",
				csv(head, wife), "X-File-Name", "siak-desember.csv");
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		JsonNode answer = json(imported);
		assertThat(answer.get("imported").asLong()).isEqualTo(2);
		assertThat(answer.get("rejected").asLong()).isZero();
		assertThat(jdbc.sql("select started_by || ' ' || file_name from resident_import_job where tenant_id = 'kota-tangerang' and id = ?")
			.param(UUID.fromString(answer.get("importId").asString())).query(String.class).single())
			.isEqualTo("demo-integrasi siak-desember.csv");

		Person other = person(kk("367101"), "KEPALA KELUARGA", false, KELURAHAN);
		HttpResponse<String> refused = WebClient.withBearer(port, token("registry.read registry.full"))
			.send("POST", "/api/v1/residents/import", "text/csv; charset=UTF-8", csv(other));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from resident where tenant_id = 'kota-tangerang' and nik = ?").param(other.nik())
			.query(Long.class).single()).isZero();
	}

	private String token(String scopes) {
		HttpResponse<String> response = WebClient.anonymous(port).send("POST", "/oauth2/token",
				"application/x-www-form-urlencoded", "grant_type=client_credentials&client_id=demo-integrasi"
						+ "&client_secret=padu-demo-secret&scope=" + scopes.replace(" ", "+"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json(response).get("access_token").asString();
	}
}
