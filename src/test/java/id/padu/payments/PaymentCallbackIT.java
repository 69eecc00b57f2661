package id.padu.payments;

import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static id.padu.payments.PaymentsFixture.SITI;
import static id.padu.payments.PaymentsFixture.body;
import static id.padu.payments.PaymentsFixture.callback;
import static id.padu.payments.PaymentsFixture.issue;
import static id.padu.payments.PaymentsFixture.json;
import static id.padu.payments.PaymentsFixture.reference;
import static id.padu.payments.PaymentsFixture.sign;
import static id.padu.payments.PaymentsFixture.unusedCode;
import static org.assertj.core.api.Assertions.assertThat;

/** The bank's callback end to end: over HTTP, signed with the demo secret, as the bank would send it. */
@PaduIntegrationTest
class PaymentCallbackIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BillPaidRecorder events;

	@Test
	void aSignedCallbackPaysTheBillPublishesBillPaidAndARetryGetsTheSameAnswer() throws Exception {
		WebClient bendahara = WebClient.signedIn(port, "bendahara");
		String code = issue(bendahara, SITI, 150_000, "Retribusi uji bayar");
		String reference = reference();
		String body = body(code, 150_000, Instant.now(), reference);

		HttpResponse<String> paid = callback(port, body);

		assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
		JsonNode answer = json(paid);
		assertThat(answer.get("billingCode").asString()).isEqualTo(code);
		assertThat(answer.get("status").asString()).isEqualTo("PAID");
		assertThat(answer.get("amount").asLong()).isEqualTo(150_000);
		assertThat(answer.get("bankReference").asString()).isEqualTo(reference);
		JsonNode bill = json(bendahara.get("/api/v1/bills/" + code));
		assertThat(bill.get("status").asString()).isEqualTo("PAID");
		assertThat(bill.get("bankReference").asString()).isEqualTo(reference);

		List<BillPaid> received = await(() -> events.forCode(code));
		assertThat(received).singleElement().satisfies(event -> {
			assertThat(event.tenant().value()).isEqualTo("kota-tangerang");
			assertThat(event.amountRupiah()).isEqualTo(150_000);
			assertThat(event.billId().toString()).isEqualTo(bill.get("id").asString());
			assertThat(event.sourceModule()).isEqualTo("payments");
		});
		// One publication per listener: services' PaymentArrival and localtax's PbbPaymentArrival listen to BillPaid too.
		assertThat(jdbc.sql("select count(*) from event_publication where event_type like '%BillPaid' and serialized_event like ? "
				+ "and listener_id not like 'id.padu.services.%' and listener_id not like 'id.padu.localtax.%'")
			.param("%" + code + "%").query(Long.class).single()).as("through the publication registry").isEqualTo(1);

		HttpResponse<String> retry = callback(port, body);
		assertThat(retry.statusCode()).isEqualTo(200);
		assertThat(retry.body()).isEqualTo(paid.body());
		Thread.sleep(200);
		assertThat(events.forCode(code)).as("paid once").hasSize(1);
		assertThat(outcomes(code)).containsExactly("PAID", "REPLAYED");
		assertThat(jdbc.sql("select tenant_id from payment_callback where billing_code = ?").param(code)
			.query(String.class).list()).containsOnly("kota-tangerang");
	}

	@Test
	void aMissingOrWrongSignatureIs401AndChangesNothing() {
		WebClient bendahara = WebClient.signedIn(port, "bendahara");
		String code = issue(bendahara, SITI, 50_000, "Retribusi uji tanda tangan");
		String body = body(code, 50_000, Instant.now(), reference());

		HttpResponse<String> missing = callback(port, body, null);
		HttpResponse<String> wrong = callback(port, body, sign(body.replace("50000", "50001")));
		HttpResponse<String> otherSecret = callback(port, body, "00".repeat(32));

		for (HttpResponse<String> response : List.of(missing, wrong, otherSecret)) {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(json(response).get("code").asString()).isEqualTo("payments.callback.badSignature");
		}
		assertThat(json(bendahara.get("/api/v1/bills/" + code)).get("status").asString()).isEqualTo("UNPAID");
		assertThat(jdbc.sql("select outcome || '|' || case when signature_valid then 'signed' else 'unsigned' end || '|' || coalesce(tenant_id, '-') from payment_callback where billing_code = ?")
			.param(code).query(String.class).list()).containsExactly("BAD_SIGNATURE|unsigned|-",
					"BAD_SIGNATURE|unsigned|-", "BAD_SIGNATURE|unsigned|-");
		assertThat(jdbc.sql("select raw_body from payment_callback where billing_code = ? order by received_at").param(code)
			.query(String.class).list()).first().isEqualTo(body);
	}

	@Test
	void aWrongAmountIs422FlaggedOnceAndTheBillStaysPayable() {
		WebClient bendahara = WebClient.signedIn(port, "bendahara");
		String code = issue(bendahara, SITI, 75_000, "Retribusi uji jumlah");
		String wrong = body(code, 70_000, Instant.now(), reference());

		HttpResponse<String> answer = callback(port, wrong);
		HttpResponse<String> retry = callback(port, wrong);

		assertThat(answer.statusCode()).isEqualTo(422);
		assertThat(json(answer).get("code").asString()).isEqualTo("payments.reconciliation.kind.WRONG_AMOUNT");
		assertThat(retry.statusCode()).isEqualTo(422);
		assertThat(retry.body()).isEqualTo(answer.body());
		assertThat(items(code)).containsExactly("WRONG_AMOUNT|70000|open");
		assertThat(json(bendahara.get("/api/v1/bills/" + code)).get("status").asString()).isEqualTo("UNPAID");
		assertThat(outcomes(code)).containsExactly("WRONG_AMOUNT", "REPLAYED");

		assertThat(callback(port, body(code, 75_000, Instant.now(), reference())).statusCode()).isEqualTo(200);
	}

	@Test
	void aSecondDifferentPaymentForAPaidBillIs409AndFlagged() {
		WebClient bendahara = WebClient.signedIn(port, "bendahara");
		String code = issue(bendahara, SITI, 20_000, "Retribusi uji ganda");
		String first = reference();
		assertThat(callback(port, body(code, 20_000, Instant.now(), first)).statusCode()).isEqualTo(200);

		HttpResponse<String> second = callback(port, body(code, 20_000, Instant.now(), reference()));

		assertThat(second.statusCode()).isEqualTo(409);
		assertThat(json(second).get("code").asString()).isEqualTo("payments.reconciliation.kind.ALREADY_PAID");
		assertThat(items(code)).containsExactly("ALREADY_PAID|20000|open");
		assertThat(json(bendahara.get("/api/v1/bills/" + code)).get("bankReference").asString()).isEqualTo(first);
	}

	@Test
	void unknownCodesAre404FlaggedForTheirPemdaWhenItExists() {
		String ours = unusedCode("3671");
		HttpResponse<String> unknown = callback(port, body(ours, 10_000, Instant.now(), reference()));
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(json(unknown).get("code").asString()).isEqualTo("payments.reconciliation.kind.UNKNOWN_CODE");
		assertThat(items(ours)).containsExactly("UNKNOWN_CODE|10000|open");

		String nobodys = unusedCode("9999");
		assertThat(callback(port, body(nobodys, 10_000, Instant.now(), reference())).statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("select outcome || '|' || coalesce(tenant_id, '-') from payment_callback where billing_code = ?")
			.param(nobodys).query(String.class).list()).containsExactly("UNKNOWN_PEMDA|-");
	}

	@Test
	void malformedAndOversizedBodiesAreRefused() {
		String malformed = "{\"billingCode\":\"36710000000000\",\"amount\":\"lots\"}";
		HttpResponse<String> bad = callback(port, malformed);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(json(bad).get("code").asString()).isEqualTo("payments.callback.malformed");

		String huge = "{\"pad\":\"" + "x".repeat(5000) + "\"}";
		assertThat(callback(port, huge).statusCode()).isEqualTo(413);
	}

	private List<String> outcomes(String code) {
		return jdbc.sql("select outcome from payment_callback where billing_code = ? order by received_at, id").param(code)
			.query(String.class).list();
	}

	private List<String> items(String code) {
		return jdbc.sql("""
				select kind || '|' || amount_rupiah || '|' || case when resolved_at is null then 'open' else 'resolved' end
				from payment_reconciliation_item where billing_code = ? order by received_at""")
			.param(code).query(String.class).list();
	}

	static <T> List<T> await(java.util.function.Supplier<List<T>> found) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(10));
		while (found.get().isEmpty() && Instant.now().isBefore(until)) {
			Thread.sleep(50);
		}
		return found.get();
	}
}
