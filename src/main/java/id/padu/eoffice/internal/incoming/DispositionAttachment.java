package id.padu.eoffice.internal.incoming;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/** A file filed with a follow-up report; the bytes are in the document store under their SHA-256. */
@Entity
@Table(name = "disposition_attachment")
class DispositionAttachment extends TenantScopedEntity {

	private UUID dispositionId;
	private String sha256;
	private String fileName;
	private String mediaType;

	protected DispositionAttachment() {
	}

	DispositionAttachment(UUID dispositionId, String sha256, String fileName, String mediaType) {
		this.dispositionId = dispositionId;
		this.sha256 = sha256;
		this.fileName = fileName;
		this.mediaType = mediaType;
	}

	UUID dispositionId() { return dispositionId; }
	String sha256() { return sha256; }
	String fileName() { return fileName; }
	String mediaType() { return mediaType; }
}
