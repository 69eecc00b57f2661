package id.padu.documents;

import java.util.Optional;
import java.util.UUID;

/**
 * Renders an official document of the current pemda to PDF, signs it (PAdES) and registers it for verification.
 * Runs in the caller's transaction: the {@code issued_document} row and the {@link DocumentIssued} event are
 * written together with the caller's own changes, or not at all.
 */
public interface DocumentIssuer {

	/**
	 * Renders the body inside the pemda's letterhead with a signature block and a QR code pointing at the
	 * public verification page, signs it with the signer's certificate and stores it.
	 *
	 * @throws SigningRefusedException wrong passphrase, or the signer has no valid certificate; nothing is written
	 */
	IssuedDocument issue(IssueRequest request);

	/**
	 * The place the current pemda writes before its dates ("Tangerang" in "Tangerang, 1 Desember 2026"), from its
	 * letterhead: for documents that print their own date (letters with the {@code LETTER} layout).
	 */
	String placeOfIssue();

	/** An issued document of the current pemda. */
	Optional<IssuedDocument> find(UUID issuedDocumentId);

	/**
	 * The signed PDF bytes.
	 *
	 * @throws id.padu.shared.NotFoundException ({@code documents.issued.notFound}) for a document of another pemda
	 */
	byte[] content(UUID issuedDocumentId);

	/**
	 * Revokes a document: the verification page says REVOKED, with the date and the reason. Who may revoke is
	 * the caller's decision (the staff pages allow an ADMIN and the signer).
	 *
	 * @throws id.padu.shared.NotFoundException for a document of another pemda
	 * @throws id.padu.shared.BusinessRuleViolation without a reason, or when it is revoked already
	 */
	void revoke(UUID issuedDocumentId, String reason);
}
