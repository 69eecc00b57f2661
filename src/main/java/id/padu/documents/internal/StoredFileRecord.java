package id.padu.documents.internal;

import id.padu.documents.StoredFile;
import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** That a pemda stored these bytes: the row that lets it (and only it) open the file. */
@Entity
@Immutable
@Table(name = "stored_file")
class StoredFileRecord extends TenantScopedEntity {

	private String sha256;
	@Column(name = "size_bytes")
	private long size;
	@Column(name = "media_type")
	private String mediaType;
	@Column(name = "original_name")
	private String originalName;
	@Column(name = "uploaded_by")
	private String uploadedBy;
	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	protected StoredFileRecord() {
	}

	StoredFileRecord(String sha256, long size, String mediaType, String originalName, String uploadedBy,
			Instant uploadedAt) {
		this.sha256 = sha256;
		this.size = size;
		this.mediaType = mediaType;
		this.originalName = originalName;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	StoredFile toStoredFile() {
		return new StoredFile(sha256, size, mediaType, originalName, uploadedBy, uploadedAt);
	}
}
