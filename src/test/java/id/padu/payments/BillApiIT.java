package id.padu.payments;

import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static id.padu.payments.PaymentsFixture.AHMAD;
import static id.padu.payments.PaymentsFixture.SITI;
import static id.padu.payments.PaymentsFixture.issue;
import static id.padu.payments.PaymentsFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Issuing bills over the API (treasurers and admins) and reading them (staff, and the citizen billed). */
@PaduIntegrationTest
class BillApiIT {

	@LocalServerPort
	int port;

	@Test
	void aTreasurerIssuesABillWithCodeAndQris() {
		WebClient bendahara = WebClient.signedIn(port, "bendahara");
		HttpResponse<String> made = post(bendahara, """
				{"payer":"%s","amountRupiah":250000,"description":"Retribusi pemakaian gedung","revenueAccount":"4.1.2.02.01 Retribusi Pemakaian Kekayaan Daerah",
				 "sourceModule":"payments","sourceReference":"loket-0042","dueAt":"%s"}""".formatted(SITI, Instant.now().plus(3, ChronoUnit.DAYS)));

		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		JsonNode bill = json(made);
		String code = bill.get("billingCode").asString();
		assertThat(code).matches("3671\\d{10}");
		assertThat(made.headers().firstValue("Location").orElse("")).endsWith("/api/v1/bills/" + code);
		assertThat(bill.get("status").asString()).isEqualTo("UNPAID");
		assertThat(bill.get("amountRupiah").asLong()).isEqualTo(250_000);
		assertThat(bill.get("payer").asString()).isEqualTo(SITI);
		String qris = bill.get("qrisPayload").asString();
		assertThat(qris).startsWith("000201010212").contains("5204939953033605406250000", "5802ID", "0114" + code)
			.contains("ID.CO.QRIS.WWW").matches(".*6304[0-9A-F]{4}");
		assertThat(json(bendahara.get("/api/v1/bills/" + code)).get("id").asString()).isEqualTo(bill.get("id").asString());
	}

	@Test
	void badBillsAreRefusedWithProblems() {
		WebClient admin = WebClient.signedIn(port, "admin");
		HttpResponse<String> empty = post(admin, "{}");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(json(empty).get("errors")).hasSizeGreaterThanOrEqualTo(6);

		HttpResponse<String> zero = post(admin, bill(SITI, 0, Instant.now().plus(1, ChronoUnit.DAYS)));
		assertThat(zero.statusCode()).isEqualTo(400);

		HttpResponse<String> past = post(admin, bill(SITI, 1000, Instant.now().minus(1, ChronoUnit.DAYS)));
		assertThat(past.statusCode()).isEqualTo(422);
		assertThat(json(past).get("code").asString()).isEqualTo("payments.bill.dueInPast");

		HttpResponse<String> badNik = post(admin, bill("3671019999900003", 1000, Instant.now().plus(1, ChronoUnit.DAYS)));
		assertThat(badNik.statusCode()).isEqualTo(400);
	}

	@Test
	void onlyTreasurersAndAdminsIssue() {
		String json = bill(SITI, 1000, Instant.now().plus(1, ChronoUnit.DAYS));
		assertThat(post(WebClient.signedIn(port, "petugas"), json).statusCode()).isEqualTo(403);
		assertThat(post(WebClient.signedIn(port, "warga"), json).statusCode()).isEqualTo(403);
		assertThat(post(WebClient.anonymous(port), json).statusCode()).isEqualTo(401);
	}

	@Test
	void aCitizenReadsOwnBillsOnly() {
		WebClient bendahara = WebClient.signedIn(port, "bendahara");
		String own = issue(bendahara, SITI, 1_000, "Retribusi milik Siti");
		String husbands = issue(bendahara, AHMAD, 1_000, "Retribusi milik Ahmad");
		WebClient warga = WebClient.signedIn(port, "warga");

		assertThat(warga.get("/api/v1/bills/" + own).statusCode()).isEqualTo(200);
		assertThat(warga.get("/api/v1/bills/" + husbands).statusCode()).isEqualTo(404);
		assertThat(WebClient.signedIn(port, "petugas").get("/api/v1/bills/" + husbands).statusCode()).isEqualTo(200);
		assertThat(bendahara.get("/api/v1/bills/36719900000000").statusCode()).isEqualTo(404);
	}

	private static String bill(String nik, long amount, Instant due) {
		return """
				{"payer":"%s","amountRupiah":%d,"description":"Retribusi uji","revenueAccount":"4.1.2.01.03 Retribusi",
				 "sourceModule":"payments","sourceReference":"uji","dueAt":"%s"}""".formatted(nik, amount, due);
	}

	private static HttpResponse<String> post(WebClient client, String json) {
		return client.send("POST", "/api/v1/bills", "application/json", json);
	}
}
