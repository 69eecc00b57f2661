package id.padu.eoffice.internal.incoming;

import id.padu.eoffice.Urgency;
import id.padu.organization.AssignmentKind;
import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One branch of a letter's disposition tree: from the disposer's position to one recipient position. It is closed
 * by its recipient's follow-up report, or when every sub-disposition its recipient made is closed. Who acted is
 * kept by name with the way they held the position (Plt/Plh), as the trail must read the same years later.
 */
@Entity
@Table(name = "disposition")
class Disposition extends TenantScopedEntity {

	private UUID letterId;
	private UUID parentId;
	private String fromPosition;
	private String fromUsername;
	private String fromName;
	@Enumerated(EnumType.STRING)
	private AssignmentKind fromActing;
	private String toPosition;
	/** Instruction codes in the order chosen, separated by commas (codes are slugs without commas). */
	private String instructions;
	private String note;
	private LocalDate deadline;
	@Enumerated(EnumType.STRING)
	private Urgency urgency;
	private Instant createdAt;
	private Instant readAt;
	private String readBy;
	private Instant closedAt;
	private String reportNote;
	private String reportedBy;
	private String reportedByName;
	@Enumerated(EnumType.STRING)
	private AssignmentKind reportedActing;
	private Instant remindedAt;
	private Instant escalatedAt;

	protected Disposition() {
	}

	Disposition(UUID letterId, UUID parentId, Actor from, String toPosition, List<String> instructions, String note,
			LocalDate deadline, Urgency urgency, Instant createdAt) {
		this.letterId = letterId;
		this.parentId = parentId;
		this.fromPosition = from.positionCode();
		this.fromUsername = from.username();
		this.fromName = from.name();
		this.fromActing = from.actingKind();
		this.toPosition = toPosition;
		this.instructions = String.join(",", instructions);
		this.note = note;
		this.deadline = deadline;
		this.urgency = urgency;
		this.createdAt = createdAt;
	}

	void markRead(String username, Instant at) {
		if (readAt == null) {
			readAt = at;
			readBy = username;
		}
	}

	void report(Actor by, String note, Instant at) {
		this.reportNote = note;
		this.reportedBy = by.username();
		this.reportedByName = by.name();
		this.reportedActing = by.actingKind();
		this.closedAt = at;
	}

	/** Closed because every sub-disposition was reported on: the recipient's work was done through them. */
	void closeThroughSubordinates(Instant at) {
		this.closedAt = at;
	}

	void reminded(Instant at) {
		this.remindedAt = at;
	}

	void escalated(Instant at) {
		this.escalatedAt = at;
	}

	boolean isClosed() {
		return closedAt != null;
	}

	boolean isOverdue(LocalDate today) {
		return !isClosed() && deadline != null && deadline.isBefore(today);
	}

	List<String> instructionCodes() {
		return Arrays.asList(instructions.split(","));
	}

	UUID letterId() { return letterId; }
	UUID parentId() { return parentId; }
	String fromPosition() { return fromPosition; }
	String fromUsername() { return fromUsername; }
	String fromName() { return fromName; }
	AssignmentKind fromActing() { return fromActing; }
	String toPosition() { return toPosition; }
	String note() { return note; }
	LocalDate deadline() { return deadline; }
	Urgency urgency() { return urgency; }
	Instant createdAt() { return createdAt; }
	Instant readAt() { return readAt; }
	String readBy() { return readBy; }
	Instant closedAt() { return closedAt; }
	String reportNote() { return reportNote; }
	String reportedBy() { return reportedBy; }
	String reportedByName() { return reportedByName; }
	AssignmentKind reportedActing() { return reportedActing; }
	Instant remindedAt() { return remindedAt; }
	Instant escalatedAt() { return escalatedAt; }
}
