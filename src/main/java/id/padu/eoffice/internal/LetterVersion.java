package id.padu.eoffice.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One saved state of a draft: who saved it, when, and the subject and body as they were then. */
@Entity
@Table(name = "letter_version")
class LetterVersion extends TenantScopedEntity {

	private UUID letterId;
	private int versionNo;
	private String subject;
	private String bodyHtml;
	private String changedBy;
	private Instant changedAt;

	protected LetterVersion() {
	}

	LetterVersion(Letter letter, String changedBy, Instant changedAt) {
		this.letterId = letter.getId();
		this.versionNo = letter.getDraftVersion();
		this.subject = letter.getSubject();
		this.bodyHtml = letter.getBodyHtml();
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	int getVersionNo() { return versionNo; }
	String getSubject() { return subject; }
	String getBodyHtml() { return bodyHtml; }
	String getChangedBy() { return changedBy; }
	Instant getChangedAt() { return changedAt; }
}
