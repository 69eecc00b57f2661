package id.padu.organization.internal;

import id.padu.organization.Holder;
import id.padu.organization.internal.Commands.AssignmentCommand;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.UUID;

/** Puts staff into positions and ends their assignments, enforcing {@link AssignmentPolicy}. */
@Service
@Transactional
class AssignmentService {

	private final AssignmentRepository assignments;
	private final StaffRepository staff;
	private final PositionRepository positions;

	AssignmentService(AssignmentRepository assignments, StaffRepository staff, PositionRepository positions) {
		this.assignments = assignments;
		this.staff = staff;
		this.positions = positions;
	}

	Holder assign(AssignmentCommand command) {
		Staff person = staff.findByNip(command.nip().value())
			.orElseThrow(() -> new BusinessRuleViolation("organization.staff.unknown", command.nip().formatted()));
		Position position = positions.findByCode(command.positionCode())
			.orElseThrow(() -> new BusinessRuleViolation("organization.position.unknown", command.positionCode()));
		AssignmentPolicy.checkNew(person, command.kind(), command.from(), command.until(),
				assignments.findByPositionCode(position.code()));
		return assignments.save(new Assignment(person, position, command.kind(), command.from(), command.until()))
			.toHolder();
	}

	/** Sets or clears the last day of an assignment, as an import may; the period rules are checked again. */
	Holder changeEnd(UUID assignmentId, LocalDate until) {
		Assignment assignment = assignments.findById(assignmentId)
			.orElseThrow(() -> new NotFoundException("organization.assignment.notFound"));
		AssignmentPolicy.checkNew(assignment.staff(), assignment.kind(), assignment.startDate(), until,
				assignments.findByPositionCode(assignment.position().code()).stream()
					.filter(other -> !other.getId().equals(assignmentId)).toList());
		assignment.end(until);
		return assignment.toHolder();
	}

	/** Ends an assignment on a day (the last day in office). */
	Holder end(UUID assignmentId, LocalDate on) {
		Assignment assignment = assignments.findById(assignmentId)
			.orElseThrow(() -> new NotFoundException("organization.assignment.notFound"));
		AssignmentPolicy.checkEnd(assignment, on);
		assignment.end(on);
		return assignment.toHolder();
	}
}
