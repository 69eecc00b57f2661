package id.padu.payments.internal;

import id.padu.shared.web.Formats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo bank: sends a real signed callback over HTTP to Padu's own callback endpoint, exactly as the
 * pemda's bank would, so the demo exercises the whole path (signature, pemda from the code, settlement).
 */
class BankSimulator {

	record Sent(String body, String signature, String bankReference, int status, String answer) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final DateTimeFormatter REFERENCE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private final CallbackSignature signature;
	private final Environment environment;
	private final String configuredUrl;
	private final Clock clock;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private final SecureRandom random = new SecureRandom();

	BankSimulator(CallbackSignature signature, Environment environment,
			@Value("${padu.payments.simulator-callback-url:}") String configuredUrl, Clock clock) {
		this.signature = signature;
		this.environment = environment;
		this.configuredUrl = configuredUrl;
		this.clock = clock;
	}

	/** Pays with a new bank reference, or repeats an earlier one (a bank's retry). */
	Sent pay(String billingCode, long amount, String repeatReference) {
		String reference = repeatReference == null || repeatReference.isBlank() ? newReference() : repeatReference;
		Map<String, Object> payment = new LinkedHashMap<>();
		payment.put("billingCode", billingCode);
		payment.put("amount", amount);
		payment.put("paidAt", clock.instant().atZone(Formats.JAKARTA).toOffsetDateTime().withNano(0).toString());
		payment.put("bankReference", reference);
		byte[] body = JSON.writeValueAsBytes(payment);
		String signed = signature.sign(body);
		HttpRequest request = HttpRequest.newBuilder(URI.create(callbackUrl()))
			.timeout(Duration.ofSeconds(15))
			.header("Content-Type", "application/json")
			.header(PaymentCallbackController.SIGNATURE_HEADER, signed)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Sent(new String(body, StandardCharsets.UTF_8), signed, reference, response.statusCode(),
					response.body());
		} catch (IOException e) {
			return new Sent(new String(body, StandardCharsets.UTF_8), signed, reference, 0, e.toString());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Sent(new String(body, StandardCharsets.UTF_8), signed, reference, 0, e.toString());
		}
	}

	String callbackUrl() {
		if (!configuredUrl.isBlank()) {
			return configuredUrl;
		}
		return "http://localhost:" + environment.getProperty("local.server.port", "8080") + "/api/v1/payments/callback";
	}

	private String newReference() {
		return "SIM" + REFERENCE_TIME.format(clock.instant().atZone(Formats.JAKARTA)) + String.format("%06d", random.nextInt(1_000_000));
	}
}
