package id.padu.payments.internal;

import id.padu.shared.KodeWilayah;

import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Billing codes: 14 digits {@code KKKK YY NNNNNNN C}. {@code KKKK} is the pemda's Kemendagri kab/kota code
 * ({@code 3671} for Kota Tangerang; a province uses its two digits and {@code 00}, which no kab/kota has),
 * so the bank's callback finds the pemda from the code alone; {@code YY} the year of issue; seven random
 * digits, so codes cannot be guessed from one another; and a Luhn check digit over the first thirteen,
 * which catches every single wrong digit and almost every swap of two neighbours when a code is typed.
 */
final class BillingCodeFormat {

	static final int LENGTH = 14;
	private static final Pattern DIGITS = Pattern.compile("\\d{" + LENGTH + "}");
	private static final int RANDOM_DIGITS = 7;

	private BillingCodeFormat() {
	}

	/** The four digits a pemda's billing codes start with. */
	static String regionPrefix(KodeWilayah kode) {
		String digits = kode.value().replace(".", "");
		return digits.length() == 2 ? digits + "00" : digits.substring(0, 4);
	}

	static String generate(String regionPrefix, int year, RandomGenerator random) {
		StringBuilder code = new StringBuilder(LENGTH).append(regionPrefix).append(String.format("%02d", year % 100));
		for (int i = 0; i < RANDOM_DIGITS; i++) {
			code.append((char) ('0' + random.nextInt(10)));
		}
		return code.append(checkDigit(code)).toString();
	}

	/** Whether the text has the form of a billing code and its check digit is right. */
	static boolean isValid(String code) {
		return code != null && DIGITS.matcher(code).matches()
				&& checkDigit(code.subSequence(0, LENGTH - 1)) == code.charAt(LENGTH - 1);
	}

	static String regionOf(String code) {
		return code.substring(0, 4);
	}

	/** Luhn: from the right, double every second digit of the payload (the check digit's neighbour first). */
	static char checkDigit(CharSequence payload) {
		int sum = 0;
		boolean twice = true;
		for (int i = payload.length() - 1; i >= 0; i--) {
			int digit = payload.charAt(i) - '0';
			if (twice) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			twice = !twice;
		}
		return (char) ('0' + (10 - sum % 10) % 10);
	}
}
