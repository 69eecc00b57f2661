package id.padu.localtax.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Interest on PBB-P2 paid after its due date: a share of the unpaid tax for every month or part of a month
 * late, for at most {@code maxMonths} months. UU 1/2022 (HKPD) sets 1 % a month for at most 24 months
 * ({@link #HKPD_2022}); UU 28/2009, which it replaced, had 2 % ({@link #PDRD_2009}). Each pemda's Perda says
 * which applies; amounts are rounded down to whole Rupiah, so no one is charged a fraction too much.
 */
record LatePaymentPenalty(int basisPointsPerMonth, int maxMonths) {

	static final LatePaymentPenalty HKPD_2022 = new LatePaymentPenalty(100, 24);
	static final LatePaymentPenalty PDRD_2009 = new LatePaymentPenalty(200, 24);

	LatePaymentPenalty {
		if (basisPointsPerMonth < 0 || basisPointsPerMonth > 200 || maxMonths < 0 || maxMonths > 24) {
			throw new IllegalArgumentException("Late-payment interest must be 0–2 % a month for at most 24 months");
		}
	}

	/** Months late when paying on {@code paidOn}: every month or part of one after the due date, capped. */
	int months(LocalDate due, LocalDate paidOn) {
		return Math.min(maxMonths, started(due, paidOn));
	}

	long amount(long tax, LocalDate due, LocalDate paidOn) {
		return Math.multiplyExact(tax, (long) basisPointsPerMonth * months(due, paidOn)) / 10_000;
	}

	/**
	 * The last day on which paying costs the same as on {@code today}; null when it no longer grows (the cap is
	 * reached). Before the due date, that is the due date itself.
	 */
	LocalDate sameUntil(LocalDate due, LocalDate today) {
		int started = started(due, today);
		if (started >= maxMonths && started > 0 || basisPointsPerMonth == 0 && started > 0) {
			return null;
		}
		return due.plusMonths(started);
	}

	private static int started(LocalDate due, LocalDate day) {
		if (!day.isAfter(due)) {
			return 0;
		}
		long months = ChronoUnit.MONTHS.between(due, day);
		if (due.plusMonths(months).isBefore(day)) {
			months++;
		}
		return (int) Math.min(months, 10_000);
	}
}
