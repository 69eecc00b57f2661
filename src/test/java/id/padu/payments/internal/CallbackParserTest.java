package id.padu.payments.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CallbackParserTest {

	@Test
	void readsTheFourFields() {
		assertThat(CallbackParser.parse(bytes("""
				{"billingCode":"36712612345676","amount":150000,"paidAt":"2026-12-01T10:15:30+07:00","bankReference":"BJB-0001"}""")))
			.contains(new CallbackPayment("36712612345676", 150_000, Instant.parse("2026-12-01T03:15:30Z"), "BJB-0001"));
		assertThat(CallbackParser.parse(bytes("""
				{"billingCode":"36712612345676","amount":150000.00,"paidAt":"2026-12-01T03:15:30Z","bankReference":"X"}""")))
			.as("a zero fraction is still whole rupiah").isPresent();
	}

	@Test
	void refusesWhatIsNotACallback() {
		for (String body : new String[] { "", "[]", "null", "{", "{\"billingCode\":\"1\"}",
				"{\"billingCode\":\"36712612345676\",\"amount\":150000.5,\"paidAt\":\"2026-12-01T03:15:30Z\",\"bankReference\":\"X\"}",
				"{\"billingCode\":\"36712612345676\",\"amount\":\"150000\",\"paidAt\":\"2026-12-01T03:15:30Z\",\"bankReference\":\"X\"}",
				"{\"billingCode\":\"36712612345676\",\"amount\":-5,\"paidAt\":\"2026-12-01T03:15:30Z\",\"bankReference\":\"X\"}",
				"{\"billingCode\":\"36712612345676\",\"amount\":5,\"paidAt\":\"2026-12-01 03:15\",\"bankReference\":\"X\"}",
				"{\"billingCode\":\"36712612345676\",\"amount\":5,\"paidAt\":\"2026-12-01T03:15:30Z\",\"bankReference\":\"<script>\"}",
				"{\"billingCode\":367126,\"amount\":5,\"paidAt\":\"2026-12-01T03:15:30Z\",\"bankReference\":\"X\"}" }) {
			assertThat(CallbackParser.parse(bytes(body))).as(body).isEmpty();
		}
	}

	@Test
	void picksFieldsForTheLogEvenFromAnIncompleteBody() {
		assertThat(CallbackParser.textField(bytes("{\"billingCode\":\"123\"}"), "billingCode")).isEqualTo("123");
		assertThat(CallbackParser.textField(bytes("not json"), "billingCode")).isNull();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
