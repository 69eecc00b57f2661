package id.padu.archive.internal.custody.fixity;

import id.padu.documents.Fixity;
import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A file a run found changed or missing. Only recorded: nothing is repaired or rewritten. */
@Entity
@Table(name = "fixity_mismatch")
public class FixityMismatch extends TenantScopedEntity {

	private UUID runId;
	private UUID fileId;
	private UUID recordId;
	private String sha256;
	@Enumerated(EnumType.STRING)
	private Fixity status;
	private Instant foundAt;

	protected FixityMismatch() {
	}

	FixityMismatch(UUID runId, FileRef file, Fixity status, Instant foundAt) {
		this.runId = runId;
		this.fileId = file.id();
		this.recordId = file.recordId();
		this.sha256 = file.sha256();
		this.status = status;
		this.foundAt = foundAt;
	}

	public UUID runId() {
		return runId;
	}

	public UUID fileId() {
		return fileId;
	}

	public UUID recordId() {
		return recordId;
	}

	public String sha256() {
		return sha256;
	}

	public Fixity status() {
		return status;
	}

	public Instant foundAt() {
		return foundAt;
	}
}
