package id.padu.documents;

/**
 * What to issue. {@code bodyXhtml} is an XHTML fragment (e.g. {@code <p>...</p><table>...</table>}); the issuer
 * adds the letterhead, the title, the signature block and the QR code. {@code passphrase} is the signer's signing
 * passphrase (not the sign-in password); the issuer clears the array once it has been used. {@code holderName}
 * is null except for the few documents whose public verification page must name the holder (a patient's card
 * checked at the counter); {@code layout} is an A4 document, a card-sized page or a naskah dinas.
 * {@code signingPositionCode} names the position the signer signs for (a Plt/Plh signs "Plt. Kepala ..."); null
 * means the signer's main position. {@code closingXhtml} (letters only) follows the signature block: the tembusan.
 */
public record IssueRequest(String documentType, String documentNumber, String title, String bodyXhtml,
		String signerUsername, char[] passphrase, String sourceModule, String sourceReference, String holderName,
		Layout layout, String signingPositionCode, String closingXhtml) {

	/**
	 * A4 with the letterhead, title and number (the default); a card of 85.6 × 54 mm (ID-1) with the QR code on its
	 * face; or a naskah dinas (Permendagri 1/2023), whose body carries its own heading (place and date, number,
	 * sifat, hal, addressees) so the issuer adds only the letterhead, the signature block and the closing.
	 */
	public enum Layout {
		A4, CARD, LETTER
	}

	public IssueRequest {
		layout = layout == null ? Layout.A4 : layout;
	}

	/** A document signed for the signer's main position. */
	public IssueRequest(String documentType, String documentNumber, String title, String bodyXhtml,
			String signerUsername, char[] passphrase, String sourceModule, String sourceReference, String holderName,
			Layout layout) {
		this(documentType, documentNumber, title, bodyXhtml, signerUsername, passphrase, sourceModule, sourceReference,
				holderName, layout, null, null);
	}

	/** An A4 document whose verification names nobody. */
	public IssueRequest(String documentType, String documentNumber, String title, String bodyXhtml,
			String signerUsername, char[] passphrase, String sourceModule, String sourceReference) {
		this(documentType, documentNumber, title, bodyXhtml, signerUsername, passphrase, sourceModule, sourceReference,
				null, Layout.A4);
	}
}
