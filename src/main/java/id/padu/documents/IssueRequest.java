package id.padu.documents;

/**
 * What to issue. {@code bodyXhtml} is an XHTML fragment (e.g. {@code <p>...</p><table>...</table>}); the issuer
 * adds the letterhead, the title, the signature block and the QR code. {@code passphrase} is the signer's signing
 * passphrase (not the sign-in password); the issuer clears the array once it has been used.
 */
public record IssueRequest(String documentType, String documentNumber, String title, String bodyXhtml,
		String signerUsername, char[] passphrase, String sourceModule, String sourceReference) {
}
