package id.padu.eoffice.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/** A file attached to a letter (PDF or image), kept in the document store under its SHA-256. */
@Entity
@Table(name = "letter_attachment")
class LetterAttachment extends TenantScopedEntity {

	private UUID letterId;
	private String sha256;
	private String fileName;
	private String mediaType;
	private long sizeBytes;

	protected LetterAttachment() {
	}

	LetterAttachment(UUID letterId, String sha256, String fileName, String mediaType, long sizeBytes) {
		this.letterId = letterId;
		this.sha256 = sha256;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.sizeBytes = sizeBytes;
	}

	UUID getLetterId() { return letterId; }
	String getSha256() { return sha256; }
	String getFileName() { return fileName; }
	String getMediaType() { return mediaType; }
	long getSizeBytes() { return sizeBytes; }
}
