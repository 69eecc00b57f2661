package id.padu.shared;

/**
 * Whole numbers in Indonesian words as receipts and official letters write amounts ("terbilang"):
 * 1,250,000 is "satu juta dua ratus lima puluh ribu"; 1,000 is "seribu", 100 "seratus", 11 "sebelas".
 */
final class Terbilang {

	private static final String[] UNITS = { "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
			"sembilan", "sepuluh", "sebelas" };
	private static final long[] SCALES = { 1_000_000_000_000_000L, 1_000_000_000_000L, 1_000_000_000L, 1_000_000L };
	private static final String[] SCALE_WORDS = { "kuadriliun", "triliun", "miliar", "juta" };

	private Terbilang() {
	}

	static String of(long number) {
		if (number < 0) {
			throw new IllegalArgumentException("Only amounts of zero or more: " + number);
		}
		if (number < 12) {
			return UNITS[(int) number];
		}
		if (number < 20) {
			return of(number - 10) + " belas";
		}
		if (number < 100) {
			return of(number / 10) + " puluh" + rest(number % 10);
		}
		if (number < 200) {
			return "seratus" + rest(number - 100);
		}
		if (number < 1000) {
			return of(number / 100) + " ratus" + rest(number % 100);
		}
		if (number < 2000) {
			return "seribu" + rest(number - 1000);
		}
		if (number < 1_000_000) {
			return of(number / 1000) + " ribu" + rest(number % 1000);
		}
		for (int i = 0; i < SCALES.length; i++) {
			if (number >= SCALES[i]) {
				return of(number / SCALES[i]) + " " + SCALE_WORDS[i] + rest(number % SCALES[i]);
			}
		}
		throw new IllegalStateException("unreachable: " + number);
	}

	private static String rest(long number) {
		return number == 0 ? "" : " " + of(number);
	}
}
