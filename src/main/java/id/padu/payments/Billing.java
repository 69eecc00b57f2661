package id.padu.payments;

import java.util.Optional;
import java.util.UUID;

/** Bills of the current pemda: issuing them, looking them up, and the receipt once paid. */
public interface Billing {

	/**
	 * Issues a bill with a new billing code and, when the pemda has a QRIS merchant, a QRIS payload.
	 * Runs in the caller's transaction.
	 *
	 * @throws id.padu.shared.BusinessRuleViolation when an amount, text or due date is not acceptable
	 */
	Bill issue(NewBill bill);

	Optional<Bill> find(UUID billId);

	Optional<Bill> findByBillingCode(String billingCode);

	/**
	 * The receipt (PDF) of a paid bill.
	 *
	 * @throws id.padu.shared.NotFoundException when there is no such bill in this pemda
	 * @throws id.padu.shared.BusinessRuleViolation when the bill is not paid
	 */
	byte[] receiptPdf(UUID billId);
}
