package id.padu.documents;

import id.padu.shared.TenantId;

import java.util.UUID;

/** A signed document was issued; published in the issuing transaction (event publication registry). */
public record DocumentIssued(TenantId tenant, UUID issuedDocumentId, String verificationCode, String documentType,
		String documentNumber, String sha256, String sourceModule, String sourceReference) {
}
