package id.padu.documents.internal;

import id.padu.documents.IssuedDocument.Status;

import java.time.Instant;

/**
 * What the public verification page and API show about a document: no personal data of the person the document
 * is about, only what is printed next to the signature anyway; {@code holderName} (usually null) only for a
 * document issued with one, such as a patient's card the puskesmas checks at the counter.
 */
record VerificationResult(String verificationCode, String pemda, String documentType, String documentNumber,
		String signer, String signerPosition, Instant signedAt, String sha256, Status status, Instant revokedAt,
		String revocationReason, String holderName) {

	public boolean isValid() {
		return status == Status.VALID;
	}
}
