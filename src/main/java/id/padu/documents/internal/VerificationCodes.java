package id.padu.documents.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Verification codes: 128 random bits in base32 (26 letters A–Z and digits 2–7), so the public page cannot be
 * walked by guessing. People may type them in lower case, with spaces or hyphens.
 */
final class VerificationCodes {

	private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
	private static final int LENGTH = 26;
	private static final Pattern CODE = Pattern.compile("[A-Z2-7]{" + LENGTH + "}");
	private static final SecureRandom RANDOM = new SecureRandom();

	private VerificationCodes() {
	}

	static String next() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		StringBuilder code = new StringBuilder(LENGTH);
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xFF);
			bits += 8;
			while (bits >= 5) {
				code.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
				bits -= 5;
			}
		}
		code.append(ALPHABET[(buffer << (5 - bits)) & 31]);
		return code.toString();
	}

	/** The code as stored, or null when the text cannot be one. */
	static String normalize(String typed) {
		if (typed == null) {
			return null;
		}
		String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		return CODE.matcher(code).matches() ? code : null;
	}
}
