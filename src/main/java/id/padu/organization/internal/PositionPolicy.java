package id.padu.organization.internal;

import id.padu.shared.BusinessRuleViolation;

/**
 * Rules of the reporting lines: a position reports to a position in its own unit or in a unit above it,
 * never to itself or to one of its own subordinates, and only positions of the pemda itself (the head of
 * the region) report to no one.
 */
final class PositionPolicy {

	private PositionPolicy() {
	}

	/** {@code position} is null for a new position. */
	static void checkReportingLine(Position position, OrgUnit unit, Position parent) {
		if (parent == null) {
			if (unit.parent() != null) {
				throw new BusinessRuleViolation("organization.position.parentRequired");
			}
			return;
		}
		if (!unit.isWithin(parent.unit())) {
			throw new BusinessRuleViolation("organization.position.parentOutsideUnit", parent.title(), unit.name());
		}
		if (position != null) {
			for (Position p = parent; p != null; p = p.parent()) {
				if (p.getId().equals(position.getId())) {
					throw new BusinessRuleViolation("organization.position.cycle", parent.title(), position.title());
				}
			}
		}
	}

	/** Moving a unit must not leave a position reporting to one outside the unit's new ancestry. */
	static void checkAfterUnitMove(Position position) {
		if (position.parent() != null && !position.unit().isWithin(position.parent().unit())) {
			throw new BusinessRuleViolation("organization.position.parentOutsideUnit", position.parent().title(),
					position.unit().name());
		}
	}
}
