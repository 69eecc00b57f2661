package id.padu.localtax;

import id.padu.payments.PaymentsFixture;
import id.padu.services.ServicesFixture;
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
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static id.padu.services.ServicesFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PBB-P2 through the pembayaran-pbb service: the taxpayer sees the object and what it costs today, the bill
 * carries the assessed amount (SPPT plus capped late interest), the bank's payment makes the SPPT paid, no second
 * payment is possible, and the head of Bapenda signs the receipt. Other people's and other pemda's NOPs are refused.
 */
@PaduIntegrationTest
class PbbPaymentIT {

	static final String PBB = "pembayaran-pbb";
	/** 24 months of 1 % on Rp 90.000: an SPPT of 2024 is past the cap from September 2026 on. */
	static final long TOTAL_2024 = LocaltaxFixture.TAX + LocaltaxFixture.TAX * 24 / 100;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void aTaxpayerPaysTheirSpptOnceAndGetsAReceiptSignedByTheHeadOfBapenda() throws Exception {
		Citizen citizen = ServicesFixture.citizen(jdbc, encoder, ServicesFixture.TANGERANG);
		String nop = LocaltaxFixture.object(jdbc, ServicesFixture.TANGERANG, citizen.nik(), 2024, LocalDate.of(2024, 8, 31));
		String formatted = Nop.parse(nop).formatted();
		WebClient warga = WebClient.signedIn(port, citizen.username());

		JsonNode object = json(warga.get("/api/v1/pbb/objects/" + formatted));
		assertThat(object.get("nop").asString()).isEqualTo(formatted);
		assertThat(object.get("kelurahan").asString()).isNotBlank().isNotEqualTo("36.71.05.1001");
		JsonNode sppt = object.get("sppt").get(0);
		assertThat(sppt.get("status").asString()).isEqualTo("OVERDUE");
		assertThat(sppt.get("penaltyMonths").asInt()).isEqualTo(24);
		assertThat(sppt.get("total").asLong()).isEqualTo(TOTAL_2024);
		assertThat(json(warga.get("/api/v1/pbb/objects/" + nop + "/sppt/2024")).get("tax").asLong())
			.isEqualTo(LocaltaxFixture.TAX);
		assertThat(warga.get("/api/v1/pbb/objects/" + nop + "/sppt/2019").statusCode()).isEqualTo(404);
		assertThat(WebClient.signedIn(port, "warga").get("/api/v1/pbb/objects/" + nop).statusCode()).isEqualTo(404);
		assertThat(WebClient.signedIn(port, "petugas.bapenda").get("/api/v1/pbb/objects/" + nop).statusCode())
			.isEqualTo(200);
		assertThat(WebClient.signedIn(port, "petugas").get("/api/v1/pbb/objects/" + nop).statusCode()).isEqualTo(403);
		assertThat(warga.get("/warga/pbb").body()).contains(formatted)
			.contains("/warga/layanan/pembayaran-pbb?nop=" + formatted + "&amp;tahun=2024");
		assertThat(warga.get("/warga/layanan/pembayaran-pbb?nop=" + formatted + "&tahun=2024").body())
			.contains("value=\"" + formatted + "\"");
		JsonNode service = json(WebClient.anonymous(port).get("/api/v1/services/" + PBB));
		assertThat(service.get("fee").isNull()).isTrue();
		assertThat(service.get("feeRule").get("type").asString()).isEqualTo("assessed");

		HttpResponse<String> made = apply(warga, formatted, 2024);
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		assertThat(json(made).get("status").asString()).isEqualTo("AWAITING_PAYMENT");
		String id = json(made).get("id").asString();
		Map<String, Object> bill = jdbc.sql("select billing_code, amount_rupiah, description from bill "
				+ "where source_module = 'services' and source_reference = ?").param(id).query().singleRow();
		assertThat(((Number) bill.get("amount_rupiah")).longValue()).isEqualTo(TOTAL_2024);
		assertThat((String) bill.get("description")).contains(formatted).contains("denda 24 bulan");
		HttpResponse<String> twice = apply(warga, nop, 2024);
		assertThat(twice.statusCode()).isEqualTo(400);
		assertThat(twice.body()).contains("localtax.pbb.pending");
		assertThat(json(warga.get("/api/v1/pbb/objects/" + nop)).get("sppt").get(0).get("awaitingPayment").asString())
			.isEqualTo(id);

		HttpResponse<String> paid = PaymentsFixture.callback(port, PaymentsFixture.body((String) bill.get("billing_code"),
				TOTAL_2024, Instant.now(), PaymentsFixture.reference()));
		assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
		String status = null;
		for (int i = 0; i < 100 && !"PAID".equals(status); i++) {
			Thread.sleep(100);
			status = json(warga.get("/api/v1/pbb/objects/" + nop + "/sppt/2024")).get("status").asString();
		}
		assertThat(status).isEqualTo("PAID");
		JsonNode settled = json(warga.get("/api/v1/pbb/objects/" + nop + "/sppt/2024"));
		assertThat(settled.get("total").asLong()).isEqualTo(TOTAL_2024);
		assertThat(settled.get("paidAt").isNull()).isFalse();
		HttpResponse<String> again = apply(warga, nop, 2024);
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body()).contains("localtax.pbb.alreadyPaid");

		WebClient kaban = WebClient.signedIn(port, "kaban.bapenda");
		JsonNode sign = null;
		for (int i = 0; i < 100 && sign == null; i++) {
			sign = ServicesFixture.taskOf(kaban, id);
			Thread.sleep(sign == null ? 100 : 0);
		}
		assertThat(sign).isNotNull();
		HttpResponse<String> signed = ServicesFixture.decide(kaban, sign.get("id").asString(), "approve", null, "padu-demo");
		assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
		assertThat(json(signed).get("status").asString()).isEqualTo("APPROVED");
		byte[] pdf = warga.getBytes("/api/v1/applications/" + id + "/output").body();
		String verification = jdbc.sql("select verification_code from issued_document where source_reference = ?")
			.param(id).query(String.class).single();
		assertThat(json(WebClient.anonymous(port).get("/api/v1/documents/verify/" + verification)).toString())
			.contains("Surat Tanda Terima Setoran PBB-P2").contains("VALID");
		assertThat(json(PdfCheck.verify(port, verification, pdf)).get("matches").asBoolean())
			.isTrue();
	}

	@Test
	void someoneElsesNopAndNopsOutsideThePemdaAreRefused() {
		Citizen citizen = ServicesFixture.citizen(jdbc, encoder, ServicesFixture.TANGERANG);
		Citizen neighbour = ServicesFixture.citizen(jdbc, encoder, ServicesFixture.TANGERANG);
		String theirs = LocaltaxFixture.object(jdbc, ServicesFixture.TANGERANG, neighbour.nik(), 2026,
				LocalDate.of(2026, 8, 31));
		WebClient warga = WebClient.signedIn(port, citizen.username());

		assertThat(apply(warga, theirs, 2026).body()).contains("localtax.pbb.notYours");
		assertThat(warga.get("/api/v1/pbb/objects/" + theirs).statusCode()).isEqualTo(404);
		HttpResponse<String> otherKota = apply(warga, "36.74.010.001.001-0001.0", 2026);
		assertThat(otherKota.statusCode()).isEqualTo(400);
		assertThat(otherKota.body()).contains("localtax.nop.otherPemda");
		assertThat(apply(warga, "36.71.010.999.001-0001.0", 2026).body()).contains("localtax.nop.area");
		assertThat(apply(warga, "36.71.010.005.000-0001.0", 2026).body()).contains("localtax.nop.block");
		assertThat(apply(warga, "3671", 2026).body()).contains("services.field.pattern");
		assertThat(jdbc.sql("select count(*) from service_application where applicant_nik = ?").param(citizen.nik())
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from pbb_payment p join pbb_sppt s on s.id = p.sppt_id where s.nop = ?")
			.param(theirs).query(Long.class).single()).isZero();
	}

	private static HttpResponse<String> apply(WebClient warga, String nop, int year) {
		return ServicesFixture.apply(warga, PBB, Map.of("nop", nop, "tahun", year), UUID.randomUUID().toString());
	}
}
