package id.padu.payments.internal;

import id.padu.payments.NewBill;
import id.padu.shared.BusinessRuleViolation;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * What a bill must be before it is issued: a positive whole-Rupiah amount that fits a QRIS amount field,
 * texts that fit their columns, a source that names a module, and a due date still ahead.
 */
final class BillRules {

	/** Thirteen digits is the longest amount QRIS tag 54 may carry. */
	static final long MAX_AMOUNT = 9_999_999_999_999L;
	private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

	private BillRules() {
	}

	static void check(NewBill bill, Instant now) {
		if (bill.payer() == null) {
			throw new BusinessRuleViolation("payments.bill.payerRequired");
		}
		if (bill.amountRupiah() <= 0 || bill.amountRupiah() > MAX_AMOUNT) {
			throw new BusinessRuleViolation("payments.bill.amountInvalid");
		}
		text(bill.description(), 200, "payments.bill.descriptionInvalid");
		text(bill.revenueAccount(), 150, "payments.bill.revenueAccountInvalid");
		if (bill.sourceModule() == null || !MODULE.matcher(bill.sourceModule()).matches()) {
			throw new BusinessRuleViolation("payments.bill.sourceInvalid");
		}
		text(bill.sourceReference(), 100, "payments.bill.sourceInvalid");
		if (bill.dueAt() == null || !bill.dueAt().isAfter(now)) {
			throw new BusinessRuleViolation("payments.bill.dueInPast");
		}
	}

	private static void text(String value, int max, String key) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw new BusinessRuleViolation(key);
		}
	}
}
