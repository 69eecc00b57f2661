package id.padu.payments.internal;

import id.padu.shared.web.RateLimiter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bank's payment confirmation. Public (no session, no token): the HMAC signature of the raw body is
 * the authentication, which is why the body is read here as bytes, never parsed and re-serialized
 * before checking. Bodies are limited in size and callers in rate per address.
 */
@RestController
@Tag(name = "Payments", description = "Bills, QRIS payloads and the bank's signed payment callback")
class PaymentCallbackController {

	static final String SIGNATURE_HEADER = "X-Signature";

	private final PaymentCallbacks callbacks;
	private final MessageSource messages;
	private final RateLimiter limiter;
	private final int maxBytes;

	PaymentCallbackController(PaymentCallbacks callbacks, MessageSource messages, Clock clock,
			@Value("${padu.payments.callback-rate-per-minute:600}") int perMinute,
			@Value("${padu.payments.callback-max-bytes:4096}") int maxBytes) {
		this.callbacks = callbacks;
		this.messages = messages;
		this.limiter = new RateLimiter(perMinute, clock);
		this.maxBytes = maxBytes;
	}

	@PostMapping(path = "/api/v1/payments/callback")
	@Operation(summary = "Bank callback: JSON {billingCode, amount, paidAt, bankReference}; header X-Signature = hex "
			+ "HMAC-SHA256 of the raw body with the bank's shared secret. 200 paid (also for a retry with the same "
			+ "bankReference), 401 bad signature, 404 unknown billing code, 409 already paid or closed, 422 wrong amount")
	ResponseEntity<?> callback(HttpServletRequest request,
			@RequestHeader(name = SIGNATURE_HEADER, required = false) String signature) throws IOException {
		String remote = request.getRemoteAddr();
		if (!limiter.tryAcquire(remote)) {
			return problem(CallbackAnswer.problem(429, CallbackOutcome.ERROR, "payments.callback.tooMany"));
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(maxBytes + 1);
		}
		CallbackAnswer answer = body.length > maxBytes || request.getContentLengthLong() > maxBytes
				? callbacks.tooLarge(Arrays.copyOf(body, Math.min(body.length, maxBytes)), remote)
				: callbacks.receive(body, signature, remote);
		if (answer.status() != 200) {
			return problem(answer);
		}
		Map<String, Object> paid = new LinkedHashMap<>();
		paid.put("billingCode", answer.bill().billingCode());
		paid.put("status", answer.bill().status());
		paid.put("amount", answer.bill().amountRupiah());
		paid.put("paidAt", answer.bill().paidAt());
		paid.put("bankReference", answer.bankReference());
		return ResponseEntity.ok(paid);
	}

	private ResponseEntity<ProblemDetail> problem(CallbackAnswer answer) {
		HttpStatus status = HttpStatus.valueOf(answer.status());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(answer.problemKey()));
		// The bank signs rather than signs in: the usual 401 title ("sign-in required") would mislead it.
		String title = status == HttpStatus.UNAUTHORIZED ? "payments.callback.unsigned" : "error.title." + status.value();
		problem.setTitle(messages.getMessage(title, null, status.getReasonPhrase(), LocaleContextHolder.getLocale()));
		problem.setProperty("code", answer.problemKey());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String message(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
