package id.padu.eoffice.internal;

/**
 * Where a letter stands: drafted, with its reviewers (in order), sent back to the drafter, waiting for the signer
 * (every reviewer initialled it), or signed, numbered and sent.
 */
enum LetterStatus {
	DRAFT, IN_REVIEW, RETURNED, AWAITING_SIGNATURE, SIGNED;

	boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	String messageKey() {
		return "eoffice.status." + name();
	}
}
