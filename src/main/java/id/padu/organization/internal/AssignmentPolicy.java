package id.padu.organization.internal;

import id.padu.organization.AssignmentKind;
import id.padu.shared.BusinessRuleViolation;

import java.time.LocalDate;
import java.util.List;

/**
 * Who may hold a position when: one definitive holder at a time, and at most one acting holder (Plt or Plh)
 * at a time alongside; a person holds the same position only once in any period; periods end on or after
 * they start.
 */
final class AssignmentPolicy {

	private AssignmentPolicy() {
	}

	/** {@code existing}: every assignment of the position, ended ones included. */
	static void checkNew(Staff staff, AssignmentKind kind, LocalDate from, LocalDate until,
			List<Assignment> existing) {
		checkPeriod(from, until);
		for (Assignment other : existing) {
			if (!other.overlaps(from, until)) {
				continue;
			}
			if (other.staff().getId().equals(staff.getId())) {
				throw new BusinessRuleViolation("organization.assignment.duplicate", staff.fullName(),
						other.position().title());
			}
			if (kind == AssignmentKind.DEFINITIF && other.kind() == AssignmentKind.DEFINITIF) {
				throw new BusinessRuleViolation("organization.assignment.definitiveTaken", other.position().title(),
						other.staff().fullName());
			}
			if (kind.isActing() && other.kind().isActing()) {
				throw new BusinessRuleViolation("organization.assignment.actingTaken", other.position().title(),
						other.staff().fullName());
			}
		}
	}

	static void checkEnd(Assignment assignment, LocalDate on) {
		checkPeriod(assignment.startDate(), on);
		if (assignment.endDate() != null && assignment.endDate().isBefore(on)) {
			throw new BusinessRuleViolation("organization.assignment.alreadyEnded");
		}
	}

	private static void checkPeriod(LocalDate from, LocalDate until) {
		if (from == null) {
			throw new BusinessRuleViolation("organization.assignment.startRequired");
		}
		if (until != null && until.isBefore(from)) {
			throw new BusinessRuleViolation("organization.assignment.endBeforeStart");
		}
	}
}
