package id.padu.archive.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One file of a record in the document store. The SHA-256 recorded here at ingest is the fixity value every
 * verification compares with; an {@code ORIGINAL} is never replaced, derived files name the original they came from.
 */
@Entity
@Table(name = "archive_file")
public class ArchiveFile extends TenantScopedEntity {

	private UUID recordId;
	@Enumerated(EnumType.STRING)
	private FileRole fileRole;
	private String sha256;
	private String mediaType;
	@Column(name = "size_bytes")
	private long size;
	private String originalName;
	private Integer pageCount;
	private String derivedFromSha256;
	private Instant createdAt;
	private Instant destroyedAt;

	protected ArchiveFile() {
	}

	public ArchiveFile(UUID recordId, FileRole role, String sha256, String mediaType, long size, String originalName,
			Integer pageCount, String derivedFromSha256, Instant createdAt) {
		this.recordId = recordId;
		this.fileRole = role;
		this.sha256 = sha256;
		this.mediaType = mediaType;
		this.size = size;
		this.originalName = originalName;
		this.pageCount = pageCount;
		this.derivedFromSha256 = derivedFromSha256;
		this.createdAt = createdAt;
	}

	public void pages(int count) {
		this.pageCount = count;
	}

	/** The record was destroyed: this row stays as evidence of what was kept, the bytes may be released. */
	public void destroy(Instant at) {
		this.destroyedAt = at;
	}

	public boolean isDestroyed() {
		return destroyedAt != null;
	}

	public Instant destroyedAt() {
		return destroyedAt;
	}

	public UUID recordId() {
		return recordId;
	}

	public FileRole role() {
		return fileRole;
	}

	public String sha256() {
		return sha256;
	}

	public String mediaType() {
		return mediaType;
	}

	public long size() {
		return size;
	}

	public String originalName() {
		return originalName;
	}

	public Integer pageCount() {
		return pageCount;
	}

	public String derivedFromSha256() {
		return derivedFromSha256;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
