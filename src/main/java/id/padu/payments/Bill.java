package id.padu.payments;

import java.time.Instant;
import java.util.UUID;

/**
 * An issued bill. {@code qrisPayload} is null when the pemda has no QRIS merchant (the bill is then paid
 * by billing code at a bank teller or in internet banking); {@code paidAt} is null until paid.
 */
public record Bill(UUID id, String billingCode, long amountRupiah, String description, String qrisPayload,
		BillStatus status, Instant dueAt, Instant paidAt, String sourceModule, String sourceReference) {
}
