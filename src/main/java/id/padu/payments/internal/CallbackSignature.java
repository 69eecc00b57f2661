package id.padu.payments.internal;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The bank's proof that it sent a callback: {@code X-Signature} is the hex HMAC-SHA256 of the raw body
 * bytes under the shared secret. Compared in constant time, so the answer's timing tells an attacker
 * nothing about how much of a forged signature was right.
 */
final class CallbackSignature {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	CallbackSignature(String secret) {
		if (secret == null || secret.isEmpty()) {
			throw new IllegalArgumentException("The bank's shared secret (padu.payments.bank-secret) is empty");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	String sign(byte[] body) {
		return HexFormat.of().formatHex(mac(body));
	}

	boolean verify(byte[] body, String signature) {
		if (signature == null) {
			return false;
		}
		byte[] given;
		try {
			given = HexFormat.of().parseHex(signature.strip().toLowerCase(Locale.ROOT));
		} catch (IllegalArgumentException notHex) {
			return false;
		}
		return MessageDigest.isEqual(mac(body), given);
	}

	private byte[] mac(byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac.doFinal(body);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
		}
	}
}
