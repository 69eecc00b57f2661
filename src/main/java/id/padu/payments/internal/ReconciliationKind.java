package id.padu.payments.internal;

/**
 * Why a signed callback did not simply pay a bill, and what the bank was told. In every case the money
 * may have left a citizen's account, so a treasurer looks at it (refund, or settle by hand).
 */
enum ReconciliationKind {
	/** The amount differs from the bill's: 422, the bill stays unpaid. */
	WRONG_AMOUNT(422),
	/** A second, different payment for a bill already paid: 409. */
	ALREADY_PAID(409),
	/** A payment for a bill that expired or was cancelled: 409. */
	BILL_CLOSED(409),
	/** A billing code of this pemda that names no bill: 404. */
	UNKNOWN_CODE(404),
	/** A bank reference already used for another billing code or amount: 409. */
	REFERENCE_REUSED(409);

	private final int httpStatus;

	ReconciliationKind(int httpStatus) {
		this.httpStatus = httpStatus;
	}

	int httpStatus() {
		return httpStatus;
	}

	String messageKey() {
		return "payments.reconciliation.kind." + name();
	}
}
