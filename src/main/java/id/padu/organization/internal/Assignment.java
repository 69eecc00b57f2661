package id.padu.organization.internal;

import id.padu.organization.AssignmentKind;
import id.padu.organization.Holder;
import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A staff member holding a position from a date, until a date or open-ended. Ended, never deleted. */
@Entity
@Table(name = "org_assignment")
public class Assignment extends TenantScopedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "staff_id")
	private Staff staff;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "position_id")
	private Position position;

	@Enumerated(EnumType.STRING)
	private AssignmentKind kind;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	protected Assignment() {
	}

	Assignment(Staff staff, Position position, AssignmentKind kind, LocalDate startDate, LocalDate endDate) {
		this.staff = staff;
		this.position = position;
		this.kind = kind;
		this.startDate = startDate;
		this.endDate = endDate;
	}

	void end(LocalDate on) {
		this.endDate = on;
	}

	/** Whether the assignment is in force on a day (start and end days included). */
	boolean activeOn(LocalDate day) {
		return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
	}

	/** Whether the two periods share at least one day. */
	boolean overlaps(LocalDate from, LocalDate until) {
		boolean startsBeforeOtherEnds = until == null || !startDate.isAfter(until);
		boolean endsAfterOtherStarts = endDate == null || !endDate.isBefore(from);
		return startsBeforeOtherEnds && endsAfterOtherStarts;
	}

	Holder toHolder() {
		return new Holder(getId(), staff.toRef(), position.toRef(), kind, startDate, endDate);
	}

	Staff staff() {
		return staff;
	}

	Position position() {
		return position;
	}

	AssignmentKind kind() {
		return kind;
	}

	LocalDate startDate() {
		return startDate;
	}

	LocalDate endDate() {
		return endDate;
	}
}
