package id.padu.documents;

/**
 * What to issue. {@code bodyXhtml} is an XHTML fragment (e.g. {@code <p>...</p><table>...</table>}); the issuer
 * adds the letterhead, the title, the signature block and the QR code. {@code passphrase} is the signer's signing
 * passphrase (not the sign-in password); the issuer clears the array once it has been used. {@code holderName}
 * is null except for the few documents whose public verification page must name the holder (a patient's card
 * checked at the counter); {@code layout} is an A4 letter or a card-sized page.
 */
public record IssueRequest(String documentType, String documentNumber, String title, String bodyXhtml,
		String signerUsername, char[] passphrase, String sourceModule, String sourceReference, String holderName,
		Layout layout) {

	/** A4 with the letterhead (the default), or a card of 85.6 × 54 mm (ID-1) with the QR code on its face. */
	public enum Layout {
		A4, CARD
	}

	public IssueRequest {
		layout = layout == null ? Layout.A4 : layout;
	}

	/** An A4 document whose verification names nobody. */
	public IssueRequest(String documentType, String documentNumber, String title, String bodyXhtml,
			String signerUsername, char[] passphrase, String sourceModule, String sourceReference) {
		this(documentType, documentNumber, title, bodyXhtml, signerUsername, passphrase, sourceModule, sourceReference,
				null, Layout.A4);
	}
}
