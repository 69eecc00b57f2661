package id.padu.services;

import id.padu.documents.DocumentIssuer;
import id.padu.services.ServicesFixture.Citizen;
import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import id.padu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.UUID;

import static id.padu.services.ServicesFixture.PINDAH;
import static id.padu.services.ServicesFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * From application to signed letter: the officer approves, the head signs with the passphrase (a wrong one
 * changes nothing), the registry records the move, the applicant downloads a PDF that verifies.
 */
@PaduIntegrationTest
class SignedOutputIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	DocumentIssuer issuer;

	@Test
	void aMoveOutOfTheCityIsSignedRecordedAndVerifiable() {
		Citizen citizen = ServicesFixture.citizen(jdbc, encoder, ServicesFixture.TANGERANG);
		WebClient warga = WebClient.signedIn(port, citizen.username());
		String id = apply(warga, citizen, ServicesFixture.OUT_OF_CITY, true);
		WebClient petugas = WebClient.signedIn(port, "petugas");
		WebClient kadis = WebClient.signedIn(port, "kadis");
		assertThat(ServicesFixture.decide(petugas, ServicesFixture.taskOf(petugas, id).get("id").asString(), "approve",
				null, null).statusCode()).isEqualTo(200);
		assertThat(warga.get("/api/v1/applications/" + id + "/output").statusCode()).isEqualTo(404);

		JsonNode sign = ServicesFixture.taskOf(kadis, id);
		assertThat(sign.get("name").asString()).isEqualTo("Tanda tangan Kepala Dinas");
		String signId = sign.get("id").asString();
		assertThat(ServicesFixture.decide(kadis, signId, "approve", null, null).statusCode()).isEqualTo(400);
		HttpResponse<String> wrong = ServicesFixture.decide(kadis, signId, "approve", null, "salah-sandi");
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(ServicesFixture.taskOf(kadis, id)).isNotNull();
		assertThat(status(citizen.nik())).isEqualTo("HIDUP");

		HttpResponse<String> signed = ServicesFixture.decide(kadis, signId, "approve", null, "padu-demo");
		assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
		assertThat(json(signed).get("status").asString()).isEqualTo("APPROVED");
		assertThat(status(citizen.nik())).isEqualTo("PINDAH");
		assertThat(status(citizen.childNik())).isEqualTo("PINDAH");
		assertThat(jdbc.sql("select wilayah_kode from life_event where nik = ? and type = 'MOVE_OUT'")
			.param(citizen.nik()).query(String.class).single()).isEqualTo(ServicesFixture.OUT_OF_CITY);

		HttpResponse<String> pdf = download(warga, "/api/v1/applications/" + id + "/output");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(pdf.body()).startsWith("%PDF-");
		assertThat(download(petugas, "/api/v1/applications/" + id + "/output").statusCode()).isEqualTo(200);
		assertThat(download(WebClient.signedIn(port, "warga"), "/api/v1/applications/" + id + "/output").statusCode())
			.isEqualTo(404);

		UUID documentId = UUID.fromString(json(warga.get("/api/v1/applications/" + id)).get("issuedDocumentId").asString());
		var issued = TenantContext.callAs(TenantId.of("kota-tangerang"), () -> issuer.find(documentId)).orElseThrow();
		assertThat(issued.documentType()).isEqualTo("Surat Keterangan Pindah");
		assertThat(issued.documentNumber()).matches("470/\\d{4}/DISDUKCAPIL/[IVX]+/\\d{4}");
		JsonNode verified = json(WebClient.anonymous(port).get("/api/v1/documents/verify/" + issued.verificationCode()));
		assertThat(verified.toString()).contains("VALID").contains(issued.sha256());
	}

	@Test
	void aMoveInsideTheCityChangesTheAddressOfTheWholeFamily() {
		Citizen citizen = ServicesFixture.citizen(jdbc, encoder, ServicesFixture.TANGERANG);
		WebClient warga = WebClient.signedIn(port, citizen.username());
		String id = apply(warga, citizen, ServicesFixture.IN_CITY, true);
		WebClient petugas = WebClient.signedIn(port, "petugas");
		WebClient kadis = WebClient.signedIn(port, "kadis");
		ServicesFixture.decide(petugas, ServicesFixture.taskOf(petugas, id).get("id").asString(), "approve", null, null);
		HttpResponse<String> signed = ServicesFixture.decide(kadis, ServicesFixture.taskOf(kadis, id).get("id").asString(),
				"approve", null, "padu-demo");
		assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
		assertThat(status(citizen.nik())).isEqualTo("HIDUP");
		assertThat(jdbc.sql("select kelurahan_kode from resident where nik = ?").param(citizen.childNik())
			.query(String.class).single()).isEqualTo(ServicesFixture.IN_CITY);
		assertThat(jdbc.sql("select kelurahan_kode from family where nomor_kk = ?").param(citizen.kk())
			.query(String.class).single()).isEqualTo(ServicesFixture.IN_CITY);
		assertThat(jdbc.sql("select count(*) from life_event where nik = ? and type = 'ADDRESS_CHANGE'")
			.param(citizen.nik()).query(Long.class).single()).isEqualTo(1);
	}

	private String apply(WebClient warga, Citizen citizen, String kelurahan, boolean withChild) {
		HttpResponse<String> made = ServicesFixture.apply(warga, PINDAH,
				ServicesFixture.pindah(citizen, kelurahan, ServicesFixture.upload(warga), withChild),
				UUID.randomUUID().toString());
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		return json(made).get("id").asString();
	}

	private String status(String nik) {
		return jdbc.sql("select status from resident where nik = ?").param(nik).query(String.class).single();
	}

	/** The PDF as text is enough to see its header; the bytes themselves are the documents module's tests. */
	private static HttpResponse<String> download(WebClient client, String path) {
		return client.get(path);
	}
}
