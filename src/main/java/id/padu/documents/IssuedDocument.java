package id.padu.documents;

import java.time.Instant;
import java.util.UUID;

/** A signed document as registered for verification. {@code sha256} is the hex SHA-256 of the signed PDF. */
public record IssuedDocument(UUID id, String verificationCode, String documentType, String documentNumber,
		String sha256, String signerName, String signerPosition, Instant signedAt, Status status) {

	public enum Status {
		VALID, REVOKED
	}
}
