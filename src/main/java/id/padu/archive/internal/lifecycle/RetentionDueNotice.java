package id.padu.archive.internal.lifecycle;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The archivists were told that this berkas became due for this step; the digest does not tell them again. */
@Entity
@Table(name = "retention_due_notice")
class RetentionDueNotice extends TenantScopedEntity {

	private UUID berkasId;
	@Enumerated(EnumType.STRING)
	private DueStep dueStep;
	private Instant notifiedAt;

	protected RetentionDueNotice() {
	}

	RetentionDueNotice(UUID berkasId, DueStep dueStep, Instant notifiedAt) {
		this.berkasId = berkasId;
		this.dueStep = dueStep;
		this.notifiedAt = notifiedAt;
	}
}
