package id.padu.services.internal;

import java.util.Map;

/**
 * What an application costs: {@code NONE}; a {@code FIXED} amount; {@code PER_UNIT}, the unit amount times the
 * applicant's number in {@code unitField} (e.g. Rp 35.000 per m² of a billboard), at least {@code minimumRupiah};
 * or {@code ASSESSED} by another module's {@link id.padu.services.FeeAssessment} named {@code assessedBy}.
 * {@code amountRupiah} is the fixed amount or the unit amount; {@code revenueAccount} is the account code and name
 * (e.g. "4.1.2.03.01 Retribusi Persetujuan Bangunan Gedung"); an assessed fee brings its own.
 */
record FeeRule(Kind kind, long amountRupiah, String revenueAccount, String unitField, String unit, long minimumRupiah,
		String assessedBy) {

	static final FeeRule NONE = new FeeRule(Kind.NONE, 0, null, null, null, 0, null);

	enum Kind {
		NONE("none"), FIXED("fixed"), PER_UNIT("perUnit"), ASSESSED("assessed");

		private final String yamlName;

		Kind(String yamlName) {
			this.yamlName = yamlName;
		}

		String yamlName() {
			return yamlName;
		}
	}

	static FeeRule fixed(long amount, String revenueAccount) {
		return new FeeRule(Kind.FIXED, amount, revenueAccount, null, null, 0, null);
	}

	static FeeRule perUnit(long unitAmount, String unitField, String unit, long minimum, String revenueAccount) {
		return new FeeRule(Kind.PER_UNIT, unitAmount, revenueAccount, unitField, unit, minimum, null);
	}

	static FeeRule assessed(String by) {
		return new FeeRule(Kind.ASSESSED, 0, null, null, null, 0, by);
	}

	boolean charges() {
		return kind == Kind.ASSESSED || kind != Kind.NONE && amountRupiah > 0;
	}

	/** Whether the amount follows from the form alone (fixed or per unit), without asking another module. */
	boolean formula() {
		return kind == Kind.FIXED || kind == Kind.PER_UNIT;
	}

	/**
	 * The amount for the entered values (fixed and per-unit fees only).
	 *
	 * @throws ArithmeticException when it does not fit a {@code long}
	 * @throws IllegalArgumentException when the unit field holds no whole number
	 */
	long amountFor(Map<String, String> values) {
		return switch (kind) {
			case FIXED -> amountRupiah;
			case PER_UNIT -> Math.max(minimumRupiah, Math.multiplyExact(amountRupiah, units(values)));
			default -> throw new IllegalStateException("No formula for a fee of kind " + kind);
		};
	}

	/** The applicant's number of units, e.g. 12 (m²). */
	long units(Map<String, String> values) {
		String value = values.get(unitField);
		if (value == null || !value.matches("-?\\d{1,15}")) {
			throw new IllegalArgumentException("No whole number in fee unit field " + unitField);
		}
		return Long.parseLong(value);
	}

	/** The unit as people write it: {@code m2} becomes m², {@code m3} m³. */
	String unitSymbol() {
		return unit == null ? "" : unit.replace("m2", "m²").replace("m3", "m³");
	}
}
