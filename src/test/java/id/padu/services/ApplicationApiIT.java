package id.padu.services;

import id.padu.services.ServicesFixture.Citizen;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static id.padu.services.ServicesFixture.PINDAH;
import static id.padu.services.ServicesFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Applying through the API: catalog, validation, idempotency (also under concurrency), registry fields. */
@PaduIntegrationTest
class ApplicationApiIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	Citizen citizen;
	WebClient warga;

	@BeforeEach
	void citizen() {
		citizen = ServicesFixture.citizen(jdbc, encoder, ServicesFixture.TANGERANG);
		warga = WebClient.signedIn(port, citizen.username());
	}

	@Test
	void catalogListsTheServiceWithItsFormAndWhereValuesComeFrom() {
		JsonNode list = json(WebClient.anonymous(port).get("/api/v1/services"));
		JsonNode pindah = null;
		for (JsonNode service : list) {
			if (service.get("code").asString().equals(PINDAH)) {
				pindah = service;
			}
		}
		assertThat(pindah).isNotNull();
		assertThat(pindah.get("name").asString()).isEqualTo("Surat Keterangan Pindah");
		assertThat(pindah.get("opd").asString()).isEqualTo("disdukcapil");
		assertThat(pindah.get("slaDays").asInt()).isEqualTo(3);
		assertThat(pindah.get("fee").asLong()).isZero();
		assertThat(pindah.get("requiredDocuments").get(0).asString()).contains("Surat pengantar");

		JsonNode one = json(WebClient.anonymous(port).get("/api/v1/services/" + PINDAH, "Accept-Language", "en"));
		assertThat(one.get("name").asString()).startsWith("Certificate of moving");
		Map<String, String> sources = new java.util.HashMap<>();
		one.get("fields").forEach(f -> sources.put(f.get("name").asString(), f.get("source").asString()));
		assertThat(sources).containsEntry("nama", "registry").containsEntry("alamatAsal", "registry")
			.containsEntry("anggota", "applicant").containsEntry("tujuanKelurahan", "applicant");
		assertThat(WebClient.anonymous(port).get("/api/v1/services/tidak-ada").statusCode()).isEqualTo(404);
	}

	@Test
	void aMissingKeyOrInvalidFieldsAreRefusedWithAProblemPerField() {
		HttpResponse<String> noKey = warga.send("POST", "/api/v1/applications", "application/json",
				"{\"serviceCode\":\"" + PINDAH + "\",\"data\":{}}");
		assertThat(noKey.statusCode()).isEqualTo(400);
		assertThat(noKey.body()).contains("Idempotency-Key");

		Map<String, Object> data = ServicesFixture.pindah(citizen, "99.99.99.9999", "0".repeat(64), false);
		data.put("tujuanRt", "12a");
		data.put("alasan", "bosan");
		data.put("tanggalPindah", "2020-01-01");
		data.put("warnaFavorit", "biru");
		HttpResponse<String> invalid = ServicesFixture.apply(warga, PINDAH, data, UUID.randomUUID().toString(),
				"Accept-Language", "en");
		assertThat(invalid.statusCode()).isEqualTo(400);
		Map<String, String> errors = new java.util.HashMap<>();
		json(invalid).get("errors").forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
		assertThat(errors).containsOnlyKeys("tujuanKelurahan", "suratPengantar", "tujuanRt", "alasan", "tanggalPindah",
				"warnaFavorit");
		assertThat(errors.get("alasan")).isEqualTo("Choose one of the options.");

		HttpResponse<String> indonesian = ServicesFixture.apply(warga, PINDAH, Map.of(), UUID.randomUUID().toString());
		assertThat(indonesian.statusCode()).isEqualTo(400);
		assertThat(indonesian.body()).contains("Wajib diisi.").contains("\"field\":\"anggota\"");
		assertThat(jdbc.sql("select count(*) from service_application where applicant_nik = ?").param(citizen.nik())
			.query(Long.class).single()).isZero();
	}

	@Test
	void anUploadIsAcceptedByItsContentNotItsName() {
		String boundary = "----padu" + UUID.randomUUID();
		String exe = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"surat.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\nMZ\u0090\u0000 this is a renamed program\r\n--" + boundary + "--\r\n";
		HttpResponse<String> refused = warga.send("POST", "/api/v1/applications/files", "multipart/form-data; boundary="
				+ boundary, exe, "X-CSRF-TOKEN", warga.csrfToken("/warga"));
		assertThat(refused.statusCode()).isEqualTo(415);
		assertThat(refused.body()).contains("PDF, JPEG atau PNG");
		assertThat(ServicesFixture.upload(warga)).matches("[0-9a-f]{64}");
	}

	@Test
	void theSameKeyGivesTheSameApplicationAndRegistryFieldsComeFromTheRegistry() {
		String document = ServicesFixture.upload(warga);
		Map<String, Object> data = ServicesFixture.pindah(citizen, ServicesFixture.OUT_OF_CITY, document, true);
		data.put("nama", "Nama Palsu");
		String key = UUID.randomUUID().toString();
		HttpResponse<String> first = ServicesFixture.apply(warga, PINDAH, data, key);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		JsonNode made = json(first);
		assertThat(made.get("trackingNumber").asString()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
		assertThat(made.get("status").asString()).isEqualTo("SUBMITTED");

		HttpResponse<String> again = ServicesFixture.apply(warga, PINDAH, data, key);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(json(again).get("id").asString()).isEqualTo(made.get("id").asString());

		data.put("tujuanAlamat", "Jl. Lain No. 1");
		assertThat(ServicesFixture.apply(warga, PINDAH, data, key).statusCode()).isEqualTo(422);

		JsonNode stored = json(warga.get("/api/v1/applications/" + made.get("id").asString()));
		assertThat(stored.get("data").has("nama")).isFalse();
		assertThat(stored.get("data").get("anggota").asString()).isEqualTo(citizen.nik() + "," + citizen.childNik());
		assertThat(stored.get("timeline").get(0).get("type").asString()).isEqualTo("SUBMITTED");
		assertThat(jdbc.sql("select count(*) from personal_data_access where nik = ? and purpose = ?")
			.params(citizen.nik(), "Pengajuan layanan " + PINDAH).query(Long.class).single()).isPositive();
	}

	@Test
	void concurrentRequestsWithOneKeyMakeOneApplication() throws Exception {
		String document = ServicesFixture.upload(warga);
		Map<String, Object> data = ServicesFixture.pindah(citizen, ServicesFixture.OUT_OF_CITY, document, false);
		String key = UUID.randomUUID().toString();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				calls.add(() -> ServicesFixture.apply(warga, PINDAH, data, key));
			}
			Set<String> ids = new HashSet<>();
			int created = 0;
			for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
				HttpResponse<String> response = answer.get();
				assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
				created += response.statusCode() == 201 ? 1 : 0;
				ids.add(json(response).get("id").asString());
			}
			assertThat(ids).hasSize(1);
			assertThat(created).isEqualTo(1);
		} finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select count(*) from service_application where idempotency_key = ?").param(key)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from act_ru_execution where business_key_ is not null and business_key_ in "
				+ "(select cast(id as varchar(40)) from service_application where idempotency_key = ?)").param(key)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void staffAndOtherCitizensCannotApplyOrReadTheApplication() {
		String document = ServicesFixture.upload(warga);
		JsonNode made = json(ServicesFixture.apply(warga, PINDAH,
				ServicesFixture.pindah(citizen, ServicesFixture.OUT_OF_CITY, document, false), UUID.randomUUID().toString()));
		String id = made.get("id").asString();
		assertThat(ServicesFixture.apply(WebClient.signedIn(port, "petugas"), PINDAH, Map.of(), "k").statusCode())
			.isEqualTo(403);
		assertThat(WebClient.signedIn(port, "warga").get("/api/v1/applications/" + id).statusCode()).isEqualTo(404);
		assertThat(WebClient.signedIn(port, "petugas").get("/api/v1/applications/" + id).statusCode()).isEqualTo(200);
		assertThat(WebClient.signedIn(port, "sekretariat").get("/api/v1/applications/" + id).statusCode()).isEqualTo(403);
		assertThat(WebClient.anonymous(port).get("/api/v1/applications/" + id).statusCode()).isEqualTo(401);
	}
}
