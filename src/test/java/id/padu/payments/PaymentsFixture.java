package id.padu.payments;

import id.padu.support.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Bills issued through the API as the demo treasurer, and bank callbacks signed here from the shared
 * secret, independently of Padu's own signing code.
 */
public final class PaymentsFixture {

	public static final String SECRET = "padu-demo-bank";
	public static final String SITI = "3671014508900003";
	public static final String AHMAD = "3671011402870001";
	static final JsonMapper JSON = JsonMapper.builder().build();

	private PaymentsFixture() {
	}

	/** Issues a bill due in a week and answers its billing code. */
	public static String issue(WebClient treasurer, String nik, long amount, String description) {
		return issue(treasurer, nik, amount, description, Instant.now().plus(7, ChronoUnit.DAYS));
	}

	public static String issue(WebClient treasurer, String nik, long amount, String description, Instant dueAt) {
		HttpResponse<String> made = treasurer.send("POST", "/api/v1/bills", "application/json", """
				{"payer":"%s","amountRupiah":%d,"description":"%s","revenueAccount":"4.1.2.01.03 Retribusi Pelayanan Persampahan/Kebersihan",
				 "sourceModule":"payments","sourceReference":"it-%d","dueAt":"%s"}"""
			.formatted(nik, amount, description, ThreadLocalRandom.current().nextLong(1_000_000_000L), dueAt));
		if (made.statusCode() != 201) {
			throw new IllegalStateException("Bill not issued: " + made.statusCode() + " " + made.body());
		}
		return json(made).get("billingCode").asString();
	}

	public static String body(String code, long amount, Instant paidAt, String reference) {
		return "{\"billingCode\":\"" + code + "\",\"amount\":" + amount + ",\"paidAt\":\""
				+ paidAt.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.ofHours(7)) + "\",\"bankReference\":\"" + reference + "\"}";
	}

	public static HttpResponse<String> callback(int port, String body) {
		return callback(port, body, sign(body));
	}

	public static HttpResponse<String> callback(int port, String body, String signature) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/payments/callback"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (signature != null) {
			request.header("X-Signature", signature);
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	public static String sign(String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	public static String reference() {
		return "IT" + System.nanoTime() + ThreadLocalRandom.current().nextInt(1000);
	}

	/** A well-formed billing code (right check digit) of a region, very unlikely to exist. */
	public static String unusedCode(String region) {
		StringBuilder code = new StringBuilder(region).append("99");
		for (int i = 0; i < 7; i++) {
			code.append(ThreadLocalRandom.current().nextInt(10));
		}
		int sum = 0;
		boolean twice = true;
		for (int i = code.length() - 1; i >= 0; i--) {
			int digit = code.charAt(i) - '0';
			if (twice) {
				digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
			twice = !twice;
		}
		return code.append((10 - sum % 10) % 10).toString();
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}
}
