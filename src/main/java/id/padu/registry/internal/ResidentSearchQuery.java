package id.padu.registry.internal;

import id.padu.registry.Gender;
import id.padu.registry.ResidentStatus;

import java.time.LocalDate;

/**
 * What an officer or a system asks the name search: the typed text and optional filters. The rules that
 * keep a search cheap are checked here, before any index is touched: at least two characters (one letter
 * would list half the city), at most {@link #MAX_TEXT} characters, digits only as a whole NIK or Nomor KK,
 * and a page of at most {@link #MAX_LIMIT} results.
 */
record ResidentSearchQuery(String text, LocalDate birthDate, Integer birthYear, String kelurahan, String rt,
		String rw, Gender gender, ResidentStatus status, int limit) {

	static final int DEFAULT_LIMIT = 10;
	static final int MAX_LIMIT = 50;
	static final int MAX_TEXT = 100;

	/** A search that cannot run; {@code messageKey} says why in the reader's language. */
	static final class Rejected extends RuntimeException {

		private final String messageKey;

		Rejected(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return messageKey;
		}
	}

	ResidentSearchQuery {
		text = text == null ? "" : text.strip();
		if (text.length() < 2) {
			throw new Rejected("registry.search.tooShort");
		}
		if (text.length() > MAX_TEXT) {
			throw new Rejected("registry.search.tooLong");
		}
		String digits = identifierDigits(text);
		if (digits != null && digits.length() != 16) {
			throw new Rejected("registry.search.digits");
		}
		if (birthYear != null && (birthYear < 1850 || birthYear > 2200)) {
			throw new Rejected("registry.search.birthYearInvalid");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new Rejected("registry.search.limit");
		}
		kelurahan = blankToNull(kelurahan);
		rt = rtRw(rt);
		rw = rtRw(rw);
	}

	/** The 16 digits of a NIK or Nomor KK typed with or without spaces, or null when the text is a name. */
	String identifier() {
		return identifierDigits(text);
	}

	private static String identifierDigits(String text) {
		String digits = text.replaceAll("[\\s.-]", "");
		return !digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9') ? digits : null;
	}

	/** RT and RW are stored as three digits ("003"); people type "3". */
	private static String rtRw(String value) {
		String v = blankToNull(value);
		if (v == null) {
			return null;
		}
		if (!v.matches("\\d{1,3}")) {
			throw new Rejected("registry.search.rtRw");
		}
		return String.format("%03d", Integer.parseInt(v));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
