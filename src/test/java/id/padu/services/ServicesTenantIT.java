package id.padu.services;

import id.padu.services.ServicesFixture.Citizen;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static id.padu.services.ServicesFixture.PINDAH;
import static id.padu.services.ServicesFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each pemda runs its own copy of every service: an application in Kota Tangerang Selatan is invisible to
 * Kota Tangerang's staff, citizens, API and tracking page, and can be tracked only on its own pemda's host.
 */
@PaduIntegrationTest
class ServicesTenantIT {

	static final String TANGSEL = "kota-tangerang-selatan";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void anApplicationOfOnePemdaStaysInIt() throws Exception {
		assertThat(jdbc.sql("select count(*) from service_bundle where tenant_id = ? and code = ?").params(TANGSEL, PINDAH)
			.query(Long.class).single()).isEqualTo(1);
		Citizen citizen = ServicesFixture.citizen(jdbc, encoder, TANGSEL);
		WebClient tangsel = WebClient.signedIn(port, citizen.username());
		var made = ServicesFixture.apply(tangsel, PINDAH, ServicesFixture.pindah(citizen, ServicesFixture.OUT_OF_CITY,
				ServicesFixture.upload(tangsel), false), UUID.randomUUID().toString());
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		JsonNode application = json(made);
		String id = application.get("id").asString();
		String tracking = application.get("trackingNumber").asString();
		String taskId = jdbc.sql("select task_id from service_task t join service_application a on a.id = t.application_id "
				+ "where a.tracking_number = ? and a.tenant_id = ?").params(tracking, TANGSEL).query(String.class).single();
		assertThat(jdbc.sql("select tenant_id_ from act_ru_task where id_ = ?").param(taskId).query(String.class).single())
			.isEqualTo(TANGSEL);

		WebClient petugas = WebClient.signedIn(port, "petugas");
		assertThat(ServicesFixture.taskOf(petugas, id)).isNull();
		assertThat(petugas.get("/api/v1/applications/" + id).statusCode()).isEqualTo(404);
		assertThat(petugas.get("/kantor/layanan/tugas/" + taskId).statusCode()).isEqualTo(404);
		assertThat(ServicesFixture.decide(petugas, taskId, "approve", null, null).statusCode()).isEqualTo(404);
		assertThat(WebClient.signedIn(port, "warga").get("/api/v1/applications/" + id).statusCode()).isEqualTo(404);
		assertThat(WebClient.anonymous(port).get("/api/v1/applications/track/" + tracking).statusCode()).isEqualTo(404);
		assertThat(WebClient.anonymous(port).get("/lacak/" + tracking).statusCode()).isEqualTo(404);
		assertThat(rawGet("tangsel.localhost", "/api/v1/applications/track/" + tracking)).startsWith("HTTP/1.1 200")
			.contains(tracking);
		assertThat(rawGet("tangerang.localhost", "/lacak/" + tracking)).startsWith("HTTP/1.1 404");
		assertThat(tangsel.get("/api/v1/applications/" + id).statusCode()).isEqualTo(200);
	}

	/** A raw request, because java.net.http does not let a caller set the Host header. */
	private String rawGet(String host, String path) throws Exception {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
