package id.padu.payments.internal;

import id.padu.payments.Bill;

/**
 * What the bank is told: 200 with the paid bill, or a problem with a status and a message key. Derived
 * from stored state only, so a retried callback gets the very same answer.
 */
record CallbackAnswer(int status, CallbackOutcome outcome, Bill bill, String bankReference, String problemKey) {

	static CallbackAnswer paid(CallbackOutcome outcome, Bill bill, String bankReference) {
		return new CallbackAnswer(200, outcome, bill, bankReference, null);
	}

	static CallbackAnswer problem(int status, CallbackOutcome outcome, String problemKey) {
		return new CallbackAnswer(status, outcome, null, null, problemKey);
	}

	static CallbackAnswer flagged(CallbackOutcome outcome, ReconciliationKind kind) {
		return problem(kind.httpStatus(), outcome, kind.messageKey());
	}
}
