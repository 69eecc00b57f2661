package id.padu.eoffice;

import id.padu.classification.SecurityClass;
import id.padu.shared.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An outgoing letter was signed, numbered and dispatched; published in the signing transaction (event publication
 * registry) so the archive can file it. {@code issuedDocumentId} is the signed PDF in the documents module;
 * {@code letterDate} is the date printed on the letter (earlier than {@code signedAt} for a back-dated letter).
 */
public record LetterSigned(TenantId tenant, UUID letterId, LetterType type, String number, String subject,
		String classificationCode, SecurityClass securityClass, LocalDate letterDate, Instant signedAt,
		String issuingUnitCode, UUID issuedDocumentId) {
}
