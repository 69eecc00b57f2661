package id.padu.eoffice.internal;

/** A recipient as checked against the organization: which position (or address) and how it is written on the letter. */
record ResolvedRecipient(LetterRecipient.Kind kind, String username, String unitCode, String positionCode, String email,
		String displayName) {
}
