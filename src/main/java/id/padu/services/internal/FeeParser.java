package id.padu.services.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the {@code fee} of {@code service.yml} ({@code none}, {@code fixed}, {@code perUnit}, {@code assessed})
 * and checks a per-unit fee against the form: its unit field must be a required whole-number field the applicant
 * enters, with {@code min} at least 1, so no application is billed for nothing. Whether an assessed fee's
 * {@code by} names a known assessment is the validator's question ({@link FeeAssessments}).
 */
final class FeeParser {

	static final Pattern ASSESSOR = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-zA-Z0-9]*)+");
	static final long MAX_UNIT_AMOUNT = 1_000_000_000L;

	private FeeParser() {
	}

	static FeeRule parse(YamlReader r, Map<?, ?> m) {
		Map<?, ?> fee = r.map(m, "fee", "", false);
		if (fee == null) {
			return FeeRule.NONE;
		}
		String type = r.text(fee, "type", "fee", true);
		if (type == null || type.equals(FeeRule.Kind.NONE.yamlName())) {
			return FeeRule.NONE;
		}
		if (type.equals(FeeRule.Kind.FIXED.yamlName())) {
			Long amount = r.amount(fee, "amount", "fee");
			String account = r.text(fee, "revenueAccount", "fee", true);
			return amount == null || account == null ? FeeRule.NONE : FeeRule.fixed(amount, account);
		}
		if (type.equals(FeeRule.Kind.PER_UNIT.yamlName())) {
			return perUnit(r, fee);
		}
		if (type.equals(FeeRule.Kind.ASSESSED.yamlName())) {
			String by = r.text(fee, "by", "fee", true);
			if (by != null && !ASSESSOR.matcher(by).matches()) {
				r.problem("fee.by", "services.fee.problem.assessorName", by);
				return FeeRule.NONE;
			}
			return by == null ? FeeRule.NONE : FeeRule.assessed(by);
		}
		r.problem("fee.type", "services.bundle.problem.feeType", type);
		return FeeRule.NONE;
	}

	private static FeeRule perUnit(YamlReader r, Map<?, ?> fee) {
		Long unitAmount = r.amount(fee, "unitAmount", "fee");
		if (unitAmount != null && unitAmount > MAX_UNIT_AMOUNT) {
			r.problem("fee.unitAmount", "services.fee.problem.unitAmount", MAX_UNIT_AMOUNT);
			unitAmount = null;
		}
		String field = r.text(fee, "unitField", "fee", true);
		String unit = r.text(fee, "unit", "fee", true);
		if (unit != null && unit.length() > 20) {
			r.problem("fee.unit", "services.fee.problem.unit");
			unit = null;
		}
		Long minimum = fee.containsKey("minimum") ? r.amount(fee, "minimum", "fee") : Long.valueOf(0);
		String account = r.text(fee, "revenueAccount", "fee", true);
		if (unitAmount == null || field == null || unit == null || minimum == null || account == null) {
			return FeeRule.NONE;
		}
		return FeeRule.perUnit(unitAmount, field, unit, minimum, account);
	}

	/** A per-unit fee's unit field: present, a required {@code number} the applicant enters, at least 1. */
	static void checkUnitField(FeeRule fee, List<FormField> fields, YamlReader r) {
		if (fee.kind() != FeeRule.Kind.PER_UNIT) {
			return;
		}
		FormField field = fields.stream().filter(f -> f.name().equals(fee.unitField())).findFirst().orElse(null);
		if (field == null) {
			r.problem("fee.unitField", "services.fee.problem.unitFieldMissing", fee.unitField());
		} else if (field.type() != FieldType.NUMBER || !field.required() || field.fromRegistry()) {
			r.problem("fee.unitField", "services.fee.problem.unitFieldType", fee.unitField());
		} else if (field.min() == null || Long.parseLong(field.min()) < 1) {
			r.problem("fee.unitField", "services.fee.problem.unitFieldMin", fee.unitField());
		}
	}
}
