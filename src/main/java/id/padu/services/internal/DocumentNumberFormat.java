package id.padu.services.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Official numbers such as {@code 470/{seq:4}/DISDUKCAPIL/{monthRoman}/{year}}: {@code {seq:N}} is the
 * running number of the year padded to N digits, {@code {year}}, {@code {month}} (two digits),
 * {@code {monthRoman}} (I–XII, as Indonesian letters number their months) and {@code {day}} (two digits) the
 * signing date's, {@code {pemda}} the pemda's Kemendagri code without dots (3671), and {@code {field:name}} the
 * value of a required select field in capitals; with such a field the running number counts per value.
 */
final class DocumentNumberFormat {

	private static final Pattern TOKEN = Pattern.compile(
			"\\{(seq:[1-8]|year|month|monthRoman|day|pemda|field:[a-z][A-Za-z0-9]{0,39})}");
	private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9./ _-]*");
	private static final Pattern FIELD_VALUE = Pattern.compile("[A-Za-z0-9-]{1,20}");
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

	/** The form fields a format names with {@code {field:name}}. */
	static List<String> fields(String format) {
		List<String> names = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(format);
		while (matcher.find()) {
			if (matcher.group(1).startsWith("field:")) {
				names.add(matcher.group(1).substring("field:".length()));
			}
		}
		return names;
	}

	/** Whether a select option's value may stand in a number. */
	static boolean fitsNumber(String value) {
		return FIELD_VALUE.matcher(value).matches();
	}

	/** The key the running number counts under: the service, and the values of the fields the format names. */
	static String sequenceKey(String serviceCode, String format, Map<String, String> values) {
		StringBuilder key = new StringBuilder(serviceCode);
		fields(format).forEach(name -> key.append('/').append(values.getOrDefault(name, "").toUpperCase(Locale.ROOT)));
		return key.toString();
	}

	static String format(String format, int sequence, LocalDate date) {
		return format(format, sequence, date, "", Map.of());
	}

	static String format(String format, int sequence, LocalDate date, String pemda, Map<String, String> values) {
		Matcher matcher = TOKEN.matcher(format);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String token = matcher.group(1);
			String value = switch (token) {
				case "year" -> Integer.toString(date.getYear());
				case "month" -> String.format("%02d", date.getMonthValue());
				case "monthRoman" -> ROMAN[date.getMonthValue() - 1];
				case "day" -> String.format("%02d", date.getDayOfMonth());
				case "pemda" -> pemda;
				default -> token.startsWith("field:")
						? values.getOrDefault(token.substring("field:".length()), "").toUpperCase(Locale.ROOT)
						: String.format("%0" + token.substring(4) + "d", sequence);
			};
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
