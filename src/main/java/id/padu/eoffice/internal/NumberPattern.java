package id.padu.eoffice.internal;

import id.padu.shared.BusinessRuleViolation;

import java.time.LocalDate;

/**
 * How a letter number is written: a pattern with the placeholders {@code {klasifikasi}}, {@code {nomor}},
 * {@code {unit}}, {@code {tahun}} and {@code {bulan}} (the month in Roman numerals, as many pemda write it).
 * The default gives {@code 400.3.5/17/Disdukcapil/2026}.
 */
record NumberPattern(String pattern) {

	static final String DEFAULT = "{klasifikasi}/{nomor}/{unit}/{tahun}";
	private static final String[] ROMAN = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };

	/** @throws BusinessRuleViolation ({@code eoffice.number.pattern}) without {@code {nomor}} or with unknown placeholders */
	NumberPattern {
		if (pattern == null || pattern.isBlank()) {
			pattern = DEFAULT;
		}
		String rest = pattern.replace("{klasifikasi}", "").replace("{nomor}", "").replace("{unit}", "")
			.replace("{tahun}", "").replace("{bulan}", "");
		if (!pattern.contains("{nomor}") || rest.contains("{") || rest.contains("}") || pattern.length() > 120) {
			throw new BusinessRuleViolation("eoffice.number.pattern");
		}
	}

	String format(String classificationCode, int number, String unitShortName, LocalDate date) {
		return pattern.replace("{klasifikasi}", classificationCode).replace("{nomor}", Integer.toString(number))
			.replace("{unit}", unitShortName).replace("{tahun}", Integer.toString(date.getYear()))
			.replace("{bulan}", ROMAN[date.getMonthValue() - 1]);
	}

	/** The short name of a unit without a configured one: its code with a capital, {@code disdukcapil} → {@code Disdukcapil}. */
	static String defaultShortName(String unitCode) {
		return unitCode.isEmpty() ? unitCode : Character.toUpperCase(unitCode.charAt(0)) + unitCode.substring(1);
	}
}
