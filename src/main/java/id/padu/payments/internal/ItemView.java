package id.padu.payments.internal;

import java.time.Instant;
import java.util.UUID;

/** A reconciliation item as the treasurers' pages and the CSV show it. */
record ItemView(UUID id, ReconciliationKind kind, String billingCode, UUID billId, String bankReference,
		long amountRupiah, Instant paidAt, Instant receivedAt, Instant resolvedAt, String resolvedBy,
		String resolutionNote) {

	static ItemView of(ReconciliationItem item) {
		return new ItemView(item.getId(), item.kind(), item.billingCode(), item.billId(), item.bankReference(),
				item.amountRupiah(), item.paidAt(), item.receivedAt(), item.resolvedAt(), item.resolvedBy(),
				item.resolutionNote());
	}

	public boolean isResolved() {
		return resolvedAt != null;
	}

	public String kindKey() {
		return kind.messageKey();
	}
}
