package id.padu.payments.internal;

import id.padu.payments.BillStatus;

import java.util.Optional;

/**
 * What a signed callback does, decided from what is already known. A bank retries a callback until it
 * gets an answer, so the same bank reference with the same billing code and amount is a retry and gets
 * the first answer again; the same reference with anything else is a conflict. A bill is paid only in
 * full, once, while payable: unpaid, or expired when the bank's payment time was not after the due date
 * (the citizen paid in time; only the confirmation came late).
 */
final class PaymentRules {

	enum Action { PAY, REPLAY_PAID, REPLAY_FLAGGED, FLAG }

	record Decision(Action action, ReconciliationKind kind) {

		static Decision of(Action action) {
			return new Decision(action, null);
		}

		static Decision flag(ReconciliationKind kind) {
			return new Decision(Action.FLAG, kind);
		}
	}

	private PaymentRules() {
	}

	/**
	 * @param paidByReference the bill this bank reference already paid, if any
	 * @param flaggedByReference the first reconciliation item with this bank reference, if any
	 * @param bill the bill the billing code names, if any
	 */
	static Decision decide(CallbackPayment payment, Optional<BillRecord> paidByReference,
			Optional<ReconciliationItem> flaggedByReference, Optional<BillRecord> bill) {
		if (paidByReference.isPresent()) {
			BillRecord paid = paidByReference.get();
			boolean retry = paid.billingCode().equals(payment.billingCode()) && paid.amountRupiah() == payment.amount();
			return retry ? Decision.of(Action.REPLAY_PAID) : Decision.flag(ReconciliationKind.REFERENCE_REUSED);
		}
		if (flaggedByReference.isPresent()) {
			return flaggedByReference.get().sameAs(payment) ? new Decision(Action.REPLAY_FLAGGED, flaggedByReference.get().kind())
					: Decision.flag(ReconciliationKind.REFERENCE_REUSED);
		}
		if (bill.isEmpty()) {
			return Decision.flag(ReconciliationKind.UNKNOWN_CODE);
		}
		BillRecord target = bill.get();
		if (target.status() == BillStatus.PAID) {
			return Decision.flag(ReconciliationKind.ALREADY_PAID);
		}
		if (!payable(target, payment)) {
			return Decision.flag(ReconciliationKind.BILL_CLOSED);
		}
		if (target.amountRupiah() != payment.amount()) {
			return Decision.flag(ReconciliationKind.WRONG_AMOUNT);
		}
		return Decision.of(Action.PAY);
	}

	static boolean payable(BillRecord bill, CallbackPayment payment) {
		return bill.status() == BillStatus.UNPAID
				|| bill.status() == BillStatus.EXPIRED && !payment.paidAt().isAfter(bill.dueAt());
	}
}
