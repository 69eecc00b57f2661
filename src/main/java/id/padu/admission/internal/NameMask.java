package id.padu.admission.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The name as public admission results show it: the first letter of each word and asterisks, like the PPDB
 * announcements of Indonesian pemda ("Nabila Putri Fauzi" → "N***** P**** F****"), so classmates recognise
 * themselves with their registration number while nobody else learns a name.
 */
final class NameMask {

	private NameMask() {
	}

	static String mask(String fullName) {
		if (fullName == null || fullName.isBlank()) {
			return "-";
		}
		return Arrays.stream(fullName.strip().split("\\s+"))
			.map(word -> word.substring(0, 1).toUpperCase() + "*".repeat(Math.min(word.length() - 1, 8)))
			.collect(Collectors.joining(" "));
	}
}
