package id.padu.archive.internal.lifecycle;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A legal hold on a berkas (a case, an audit, an inquiry): no disposal of it until it is released. */
@Entity
@Table(name = "legal_hold")
public class LegalHold extends TenantScopedEntity {

	private UUID berkasId;
	private String reason;
	private String caseReference;
	private String placedBy;
	private Instant placedAt;
	private String releasedBy;
	private Instant releasedAt;
	private String releaseReason;

	protected LegalHold() {
	}

	LegalHold(UUID berkasId, String reason, String caseReference, String placedBy, Instant placedAt) {
		this.berkasId = berkasId;
		this.reason = reason;
		this.caseReference = caseReference;
		this.placedBy = placedBy;
		this.placedAt = placedAt;
	}

	void release(String by, Instant at, String why) {
		if (releasedAt != null) {
			throw new IllegalStateException("hold released already");
		}
		this.releasedBy = by;
		this.releasedAt = at;
		this.releaseReason = why;
	}

	public boolean isActive() {
		return releasedAt == null;
	}

	public UUID berkasId() {
		return berkasId;
	}

	public String reason() {
		return reason;
	}

	public String caseReference() {
		return caseReference;
	}

	public String placedBy() {
		return placedBy;
	}

	public Instant placedAt() {
		return placedAt;
	}

	public String releasedBy() {
		return releasedBy;
	}

	public Instant releasedAt() {
		return releasedAt;
	}

	public String releaseReason() {
		return releaseReason;
	}
}
