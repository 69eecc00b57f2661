package id.padu.eoffice.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An addressee (Yth.) or a tembusan: a position inside the pemda (a person's, or an OPD's head position, so the
 * letter reaches whoever holds it, Plt/Plh included) or an external e-mail address. The first opening by a holder
 * is the read receipt.
 */
@Entity
@Table(name = "letter_recipient")
class LetterRecipient extends TenantScopedEntity {

	enum Kind {
		PERSON, OPD, EMAIL
	}

	private UUID letterId;
	private int seq;
	@Enumerated(EnumType.STRING)
	private Kind kind;
	private boolean copyOnly;
	private String username;
	private String unitCode;
	private String positionCode;
	private String email;
	private String displayName;
	private Instant deliveredAt;
	private Instant firstReadAt;
	private String firstReadBy;

	protected LetterRecipient() {
	}

	LetterRecipient(UUID letterId, int seq, ResolvedRecipient to, boolean copyOnly) {
		this.letterId = letterId;
		this.seq = seq;
		this.kind = to.kind();
		this.copyOnly = copyOnly;
		this.username = to.username();
		this.unitCode = to.unitCode();
		this.positionCode = to.positionCode();
		this.email = to.email();
		this.displayName = to.displayName();
	}

	void delivered(Instant at) {
		deliveredAt = at;
	}

	/** @return whether this was the first opening (the read receipt) */
	boolean read(String byUsername, Instant at) {
		if (firstReadAt != null) {
			return false;
		}
		firstReadAt = at;
		firstReadBy = byUsername;
		return true;
	}

	UUID getLetterId() { return letterId; }
	int getSeq() { return seq; }
	Kind getKind() { return kind; }
	boolean isCopyOnly() { return copyOnly; }
	String getUsername() { return username; }
	String getUnitCode() { return unitCode; }
	String getPositionCode() { return positionCode; }
	String getEmail() { return email; }
	String getDisplayName() { return displayName; }
	Instant getDeliveredAt() { return deliveredAt; }
	Instant getFirstReadAt() { return firstReadAt; }
	String getFirstReadBy() { return firstReadBy; }
}
