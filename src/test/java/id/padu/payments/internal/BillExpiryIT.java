package id.padu.payments.internal;

import id.padu.payments.PaymentsFixture;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static id.padu.payments.PaymentsFixture.SITI;
import static id.padu.payments.PaymentsFixture.body;
import static id.padu.payments.PaymentsFixture.callback;
import static id.padu.payments.PaymentsFixture.issue;
import static id.padu.payments.PaymentsFixture.json;
import static id.padu.payments.PaymentsFixture.reference;
import static org.assertj.core.api.Assertions.assertThat;

/** Unpaid bills past due become EXPIRED; a payment made in time still counts, a late one is flagged. */
@PaduIntegrationTest
class BillExpiryIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BillExpiry expiry;

	@Test
	void overdueBillsExpireAndOnlyPaymentsMadeBeforeTheDueDateAreTaken() {
		WebClient bendahara = WebClient.signedIn(port, "bendahara");
		String late = issue(bendahara, SITI, 5_000, "Retribusi kedaluwarsa");
		String inTime = issue(bendahara, SITI, 6_000, "Retribusi dibayar tepat waktu");
		String current = issue(bendahara, SITI, 7_000, "Retribusi masih berlaku");
		Instant due = Instant.now().minus(2, ChronoUnit.HOURS);
		for (String code : new String[] { late, inTime }) {
			jdbc.sql("update bill set due_at = ? where billing_code = ?").params(Timestamp.from(due), code).update();
		}

		assertThat(expiry.expireOverdue()).isGreaterThanOrEqualTo(2);

		assertThat(status(bendahara, late)).isEqualTo("EXPIRED");
		assertThat(status(bendahara, inTime)).isEqualTo("EXPIRED");
		assertThat(status(bendahara, current)).isEqualTo("UNPAID");

		var refused = callback(port, body(late, 5_000, Instant.now(), reference()));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(json(refused).get("code").asString()).isEqualTo("payments.reconciliation.kind.BILL_CLOSED");
		assertThat(callback(port, body(inTime, 6_000, due.minus(10, ChronoUnit.MINUTES), reference())).statusCode())
			.isEqualTo(200);
		assertThat(status(bendahara, inTime)).isEqualTo("PAID");
		assertThat(HtmlUtils.htmlUnescape(WebClient.signedIn(port, "warga").get("/warga/tagihan/" + late).body()))
			.contains("sudah lewat jatuh tempo");
	}

	private static String status(WebClient client, String code) {
		return PaymentsFixture.json(client.get("/api/v1/bills/" + code)).get("status").asString();
	}
}
