package id.padu.services.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Official numbers such as {@code 470/{seq:4}/DISDUKCAPIL/{monthRoman}/{year}}: {@code {seq:N}} is the
 * running number of the year padded to N digits, {@code {year}}, {@code {month}} (two digits) and
 * {@code {monthRoman}} (I–XII, as Indonesian letters number their months) the signing date's.
 */
final class DocumentNumberFormat {

	private static final Pattern TOKEN = Pattern.compile("\\{(seq:[1-8]|year|month|monthRoman)}");
	private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9./ _-]*");
	private static final String[] ROMAN = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };

	private DocumentNumberFormat() {
	}

	/** The problem with a format, as a message key, or empty when it is usable. */
	static Optional<String> check(String format) {
		if (format.length() > 100 || !format.contains("{seq:")) {
			return Optional.of("services.bundle.problem.numberFormat");
		}
		String literals = TOKEN.matcher(format).replaceAll("");
		if (!LITERAL.matcher(literals).matches()) {
			return Optional.of("services.bundle.problem.numberFormat");
		}
		return Optional.empty();
	}

	static String format(String format, int sequence, LocalDate date) {
		Matcher matcher = TOKEN.matcher(format);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String token = matcher.group(1);
			String value = switch (token) {
				case "year" -> Integer.toString(date.getYear());
				case "month" -> String.format("%02d", date.getMonthValue());
				case "monthRoman" -> ROMAN[date.getMonthValue() - 1];
				default -> String.format("%0" + token.substring(4) + "d", sequence);
			};
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
