package id.padu.services;

import id.padu.shared.Nik;
import id.padu.shared.TenantId;

import java.util.UUID;

/**
 * An application's process ended (published in the completing transaction). {@code issuedDocumentId}
 * is the signed output in the documents module, null when the service has none or it was rejected.
 */
public record ApplicationCompleted(TenantId tenant, UUID applicationId, String trackingNumber, String serviceCode,
		Nik applicant, ApplicationOutcome outcome, UUID issuedDocumentId) {
}
