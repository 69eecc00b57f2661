package id.padu.localtax.internal;

import java.time.LocalDate;

/**
 * An SPPT as of one day: its status ({@code UNPAID}, {@code OVERDUE} or {@code PAID}), the months of
 * late-payment interest and the interest, and the total to pay that day (for a paid SPPT: what was paid).
 * {@code sameUntil} is the last day the total stays the same, null when it no longer grows.
 */
record SpptState(String status, int penaltyMonths, long penalty, long total, LocalDate sameUntil) {

	static SpptState of(SpptRecord sppt, LatePaymentPenalty policy, LocalDate today) {
		if (sppt.isPaid()) {
			return new SpptState("PAID", 0, sppt.penaltyPaid(), sppt.taxRupiah() + sppt.penaltyPaid(), null);
		}
		int months = policy.months(sppt.dueDate(), today);
		long penalty = policy.amount(sppt.taxRupiah(), sppt.dueDate(), today);
		return new SpptState(sppt.overdue(today) ? "OVERDUE" : "UNPAID", months, penalty, sppt.taxRupiah() + penalty,
				policy.sameUntil(sppt.dueDate(), today));
	}
}
