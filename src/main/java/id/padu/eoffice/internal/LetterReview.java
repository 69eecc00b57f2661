package id.padu.eoffice.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A reviewer's place in one review round and, once decided, the paraf (approval) or the return with a note. */
@Entity
@Table(name = "letter_review")
class LetterReview extends TenantScopedEntity {

	enum Decision {
		PENDING, APPROVED, RETURNED, SKIPPED
	}

	private UUID letterId;
	private int reviewRound;
	private int seq;
	private String username;
	private String reviewerName;
	@Enumerated(EnumType.STRING)
	private Decision decision;
	private String note;
	@Column(name = "decided_at")
	private Instant decidedAt;

	protected LetterReview() {
	}

	LetterReview(UUID letterId, int reviewRound, int seq, String username, String reviewerName) {
		this.letterId = letterId;
		this.reviewRound = reviewRound;
		this.seq = seq;
		this.username = username;
		this.reviewerName = reviewerName;
		this.decision = Decision.PENDING;
	}

	void decide(Decision value, String why, Instant at) {
		decision = value;
		note = why;
		decidedAt = at;
	}

	UUID getLetterId() { return letterId; }
	int getReviewRound() { return reviewRound; }
	int getSeq() { return seq; }
	String getUsername() { return username; }
	String getReviewerName() { return reviewerName; }
	Decision getDecision() { return decision; }
	String getNote() { return note; }
	Instant getDecidedAt() { return decidedAt; }
}
