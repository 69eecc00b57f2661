package id.padu.services;

import id.padu.payments.PaymentsFixture;
import id.padu.services.ServicesFixture.Citizen;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.PdfCheck;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static id.padu.services.ServicesFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Izin Penyelenggaraan Reklame end to end: the fee per m² in the catalog and on the form, the officer's
 * verification, the bill with the computed amount, a wrong amount from the bank refused and flagged, the
 * right payment, the head's signature and a permit that verifies.
 */
@PaduIntegrationTest
class IzinReklameIT {

	static final String REKLAME = "izin-reklame";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void theCatalogAndTheFormShowTheFeePerSquareMetreAndWhatTheEnteredSizeCosts() {
		JsonNode service = json(WebClient.anonymous(port).get("/api/v1/services/" + REKLAME));
		assertThat(service.get("fee").asLong()).isEqualTo(35_000);
		JsonNode rule = service.get("feeRule");
		assertThat(rule.get("type").asString()).isEqualTo("perUnit");
		assertThat(rule.get("unit").asString()).isEqualTo("m2");
		assertThat(rule.get("unitField").asString()).isEqualTo("luasReklame");
		assertThat(rule.get("description").asString()).isEqualTo("Rp 35.000 per m²");
		assertThat(WebClient.anonymous(port).get("/layanan").body()).contains("Biaya Rp 35.000 per m²");

		Citizen citizen = ServicesFixture.citizen(jdbc, encoder, ServicesFixture.TANGERANG);
		WebClient warga = WebClient.signedIn(port, citizen.username());
		String form = warga.get("/warga/layanan/" + REKLAME + "?luasReklame=12").body();
		assertThat(form).contains("Rp 35.000 per m²").contains("untuk 12 m²: Rp 420.000")
			.contains("hx-get=\"/layanan/izin-reklame/biaya\"");
		assertThat(WebClient.anonymous(port).get("/layanan/" + REKLAME + "/biaya?luasReklame=7").body())
			.contains("untuk 7 m²: Rp 245.000");
		assertThat(WebClient.anonymous(port).get("/layanan/" + REKLAME + "/biaya?luasReklame=0").body())
			.doesNotContain("untuk 0");
	}

	@Test
	void aPermitIsVerifiedBilledByAreaPaidOnceWithTheRightAmountAndSigned() {
		Citizen citizen = ServicesFixture.citizen(jdbc, encoder, ServicesFixture.TANGERANG);
		WebClient warga = WebClient.signedIn(port, citizen.username());
		HttpResponse<String> made = ServicesFixture.apply(warga, REKLAME, reklame(warga, 12), UUID.randomUUID().toString());
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		String id = json(made).get("id").asString();
		assertThat(json(made).get("status").asString()).isEqualTo("SUBMITTED");

		WebClient petugas = WebClient.signedIn(port, "petugas.dpmptsp");
		JsonNode verify = ServicesFixture.taskOf(petugas, id);
		assertThat(verify.get("name").asString()).isEqualTo("Verifikasi berkas reklame");
		assertThat(ServicesFixture.taskOf(WebClient.signedIn(port, "petugas"), id)).isNull();
		HttpResponse<String> approved = ServicesFixture.decide(petugas, verify.get("id").asString(), "approve", null, null);
		assertThat(json(approved).get("status").asString()).isEqualTo("AWAITING_PAYMENT");

		Map<String, Object> bill = jdbc.sql("select billing_code, amount_rupiah, revenue_account, description from bill "
				+ "where source_module = 'services' and source_reference = ?").param(id).query().singleRow();
		String code = (String) bill.get("billing_code");
		assertThat(((Number) bill.get("amount_rupiah")).longValue()).isEqualTo(420_000);
		assertThat((String) bill.get("revenue_account")).startsWith("4.1.01.09.01");
		assertThat((String) bill.get("description")).contains("12 m²");
		assertThat(warga.get("/warga/permohonan/" + id).body()).contains(code).contains("Rp 420.000");

		HttpResponse<String> wrong = PaymentsFixture.callback(port, PaymentsFixture.body(code, 35_000, Instant.now(),
				PaymentsFixture.reference()));
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(json(wrong).get("code").asString()).isEqualTo("payments.reconciliation.kind.WRONG_AMOUNT");
		assertThat(jdbc.sql("select count(*) from payment_reconciliation_item where billing_code = ? and kind = 'WRONG_AMOUNT'")
			.param(code).query(Long.class).single()).isEqualTo(1);
		assertThat(json(warga.get("/api/v1/applications/" + id)).get("status").asString()).isEqualTo("AWAITING_PAYMENT");

		HttpResponse<String> paid = PaymentsFixture.callback(port, PaymentsFixture.body(code, 420_000, Instant.now(),
				PaymentsFixture.reference()));
		assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
		WebClient kadis = WebClient.signedIn(port, "kadis.dpmptsp");
		JsonNode sign = awaitTask(kadis, id);
		assertThat(sign.get("name").asString()).isEqualTo("Tanda tangan Kepala DPMPTSP");
		HttpResponse<String> signed = ServicesFixture.decide(kadis, sign.get("id").asString(), "approve", null, "padu-demo");
		assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
		assertThat(json(signed).get("status").asString()).isEqualTo("APPROVED");

		byte[] pdf = warga.getBytes("/api/v1/applications/" + id + "/output").body();
		String verification = jdbc.sql("select verification_code from issued_document where source_reference = ?")
			.param(id).query(String.class).single();
		JsonNode verified = json(WebClient.anonymous(port).get("/api/v1/documents/verify/" + verification));
		assertThat(verified.toString()).contains("VALID").contains("Izin Penyelenggaraan Reklame")
			.containsPattern("503/\\d{4}/DPMPTSP-REK/[IVX]+/\\d{4}");
		JsonNode checked = json(PdfCheck.verify(port, verification, pdf));
		assertThat(checked.get("matches").asBoolean()).as(checked.toString()).isTrue();
		assertThat(checked.get("signatureValid").asBoolean()).isTrue();
	}

	@Test
	void aSizeOfZeroIsRefusedAtTheFieldAndNothingIsMade() {
		Citizen citizen = ServicesFixture.citizen(jdbc, encoder, ServicesFixture.TANGERANG);
		WebClient warga = WebClient.signedIn(port, citizen.username());
		HttpResponse<String> refused = ServicesFixture.apply(warga, REKLAME, reklame(warga, 0), UUID.randomUUID().toString());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("luasReklame").contains("services.field.range");
		assertThat(jdbc.sql("select count(*) from service_application where applicant_nik = ?").param(citizen.nik())
			.query(Long.class).single()).isZero();
	}

	private static Map<String, Object> reklame(WebClient warga, int squareMetres) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("nib", "9120301234567");
		data.put("namaUsaha", "Toko Roti Sinar Pagi");
		data.put("jenisReklame", "billboard");
		data.put("lokasiKelurahan", ServicesFixture.IN_CITY);
		data.put("lokasiAlamat", "Jl. Daan Mogot No. 21, depan pasar");
		data.put("ukuran", "4 x 3");
		data.put("luasReklame", squareMetres);
		data.put("durasiBulan", 12);
		data.put("naskah", "Roti hangat setiap pagi");
		String document = ServicesFixture.upload(warga);
		data.put("desain", document);
		data.put("fotoLokasi", document);
		data.put("persetujuanPemilik", document);
		return data;
	}

	private static JsonNode awaitTask(WebClient client, String applicationId) {
		for (int i = 0; i < 100; i++) {
			JsonNode task = ServicesFixture.taskOf(client, applicationId);
			if (task != null) {
				return task;
			}
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new AssertionError("No task for " + applicationId);
	}
}
