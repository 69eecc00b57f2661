package id.padu.organization;

import java.time.LocalDate;
import java.util.UUID;

/** Someone holding a position on a given day, definitively or acting. {@code until} is null when open-ended. */
public record Holder(UUID assignmentId, StaffRef staff, PositionRef position, AssignmentKind kind, LocalDate from,
		LocalDate until) {

	public boolean isActing() {
		return kind.isActing();
	}
}
