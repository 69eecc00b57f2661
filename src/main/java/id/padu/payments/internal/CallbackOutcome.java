package id.padu.payments.internal;

/** What became of a callback, as stored with it. */
enum CallbackOutcome {
	PAID, REPLAYED, WRONG_AMOUNT, ALREADY_PAID, BILL_CLOSED, UNKNOWN_CODE, REFERENCE_REUSED,
	/** The billing code's region names no pemda of this deployment. */
	UNKNOWN_PEMDA,
	BAD_SIGNATURE, MALFORMED, TOO_LARGE, ERROR
}
