package id.padu.documents.internal;

import id.padu.documents.IssuedDocument;

import java.time.Instant;

/** What the staff pages show, as records templates can read. */
final class DocumentViews {

	private DocumentViews() {
	}

	/** An issued document with what only staff see: title, origin and who revoked it. */
	record DocumentView(IssuedDocument document, String title, String source, Instant revokedAt, String revokedBy,
			String revocationReason) {

		static DocumentView of(IssuedDocumentRecord r) {
			String source = r.sourceModule() == null ? null
					: r.sourceModule() + (r.sourceReference() == null ? "" : " " + r.sourceReference());
			return new DocumentView(r.toIssuedDocument(), r.title(), source, r.revokedAt(), r.revokedBy(),
					r.revocationReason());
		}
	}

	/** A signing certificate as listed for admins. */
	record CredentialView(String username, String subject, String issuer, String serialNumber, Instant validUntil,
			String source, boolean active) {

		static CredentialView of(SigningCredential c) {
			return new CredentialView(c.username(), c.subject(), c.issuer(), c.serialNumber(), c.validUntil(),
					c.source().name(), c.isActive());
		}
	}
}
