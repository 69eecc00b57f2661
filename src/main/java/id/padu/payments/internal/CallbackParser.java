package id.padu.payments.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a signed callback body: {@code {"billingCode": "36712612345676", "amount": 150000,
 * "paidAt": "2026-12-01T10:15:30+07:00", "bankReference": "BJB20261201000123"}}. The amount is whole
 * Rupiah (a JSON number without a fraction), the time has an offset, the reference is the bank's own
 * (letters, digits, {@code - _ . /}, up to 64). Anything else is malformed.
 */
final class CallbackParser {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._/-]{1,64}");
	private static final Pattern CODE = Pattern.compile("\\d{1,40}");

	private CallbackParser() {
	}

	static Optional<CallbackPayment> parse(byte[] body) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		} catch (JacksonException e) {
			return Optional.empty();
		}
		if (root == null || !root.isObject()) {
			return Optional.empty();
		}
		JsonNode code = root.get("billingCode");
		JsonNode amount = root.get("amount");
		JsonNode paidAt = root.get("paidAt");
		JsonNode reference = root.get("bankReference");
		if (code == null || !code.isString() || !CODE.matcher(code.asString()).matches()
				|| reference == null || !reference.isString() || !REFERENCE.matcher(reference.asString()).matches()
				|| paidAt == null || !paidAt.isString() || amount == null || !amount.isNumber()) {
			return Optional.empty();
		}
		BigDecimal value = amount.decimalValue();
		if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(BillRules.MAX_AMOUNT)) > 0) {
			return Optional.empty();
		}
		try {
			return Optional.of(new CallbackPayment(code.asString(), value.longValueExact(),
					OffsetDateTime.parse(paidAt.asString()).toInstant(), reference.asString()));
		} catch (DateTimeException | ArithmeticException e) {
			return Optional.empty();
		}
	}

	/** The billing code and bank reference as sent, for the log, even when the body is malformed. */
	static String textField(byte[] body, String field) {
		try {
			JsonNode node = JSON.readTree(body);
			return node != null && node.isObject() && node.get(field) != null && node.get(field).isValueNode()
					? node.get(field).asString() : null;
		} catch (JacksonException e) {
			return null;
		}
	}
}
