package id.padu.payments.internal;

import java.time.Instant;

/** A paid bill as the reconciliation report lists it, for matching against the bank statement. */
record PaidBill(String billingCode, String description, String revenueAccount, long amountRupiah, Instant paidAt,
		String bankReference) {
}
