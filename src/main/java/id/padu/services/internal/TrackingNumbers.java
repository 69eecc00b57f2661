package id.padu.services.internal;

import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Tracking numbers people can read out over the phone: three groups of four from an alphabet without the
 * look-alikes 0/O, 1/I/L (e.g. {@code K7QM-4T9D-XW2P}), random so nobody can walk through others' numbers
 * on the public tracking page. Unique per pemda by a database constraint; a clash (one in 10^17) is retried.
 */
@Component
class TrackingNumbers {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
	static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");

	private final SecureRandom random = new SecureRandom();

	String next() {
		StringBuilder number = new StringBuilder(14);
		for (int i = 0; i < 12; i++) {
			if (i > 0 && i % 4 == 0) {
				number.append('-');
			}
			number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return number.toString();
	}

	/** The number as typed by a person: upper case, spaces removed, dashes added where missing. */
	static String normalize(String typed) {
		if (typed == null) {
			return "";
		}
		String compact = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
		if (compact.length() != 12) {
			return compact;
		}
		return compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8);
	}
}
