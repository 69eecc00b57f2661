package id.padu.payments;

import id.padu.shared.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A bill was paid: published in the same transaction that marks it paid, through the event publication
 * registry, so a crash loses no payment. {@code paidAt} is the bank's time of payment.
 */
public record BillPaid(TenantId tenant, UUID billId, String billingCode, long amountRupiah, Instant paidAt,
		String sourceModule, String sourceReference) {
}
