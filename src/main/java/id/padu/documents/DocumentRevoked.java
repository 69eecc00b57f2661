package id.padu.documents;

import id.padu.shared.TenantId;

import java.time.Instant;
import java.util.UUID;

/** An issued document was revoked; published in the revoking transaction (event publication registry). */
public record DocumentRevoked(TenantId tenant, UUID issuedDocumentId, String verificationCode, String reason,
		Instant revokedAt, String sourceModule, String sourceReference) {
}
