package id.padu.documents.internal;

import java.time.Instant;

/** What Padu keeps in columns about a certificate, read once from its DER encoding. */
record CertificateFacts(String subject, String issuer, String serialNumber, Instant validFrom, Instant validUntil,
		byte[] encoded) {
}
