package id.padu.organization.internal;

import id.padu.organization.PositionRef;
import id.padu.organization.internal.Commands.PositionCommand;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds and changes positions (jabatan), enforcing {@link PositionPolicy}. */
@Service
@Transactional
class PositionService {

	private final PositionRepository positions;
	private final OrgUnitRepository units;

	PositionService(PositionRepository positions, OrgUnitRepository units) {
		this.positions = positions;
		this.units = units;
	}

	PositionRef create(PositionCommand command) {
		UnitTreePolicy.checkCode(command.code());
		if (positions.existsByCode(command.code())) {
			throw new BusinessRuleViolation("organization.position.codeTaken", command.code());
		}
		OrgUnit unit = unitOf(command);
		Position parent = parentOf(command);
		PositionPolicy.checkReportingLine(null, unit, parent);
		return positions.save(new Position(command.code(), command.title().strip(), command.level(), unit, parent,
				command.order())).toRef();
	}

	/** Changes everything but the code. */
	PositionRef update(String code, PositionCommand command) {
		Position position = positions.findByCode(code)
			.orElseThrow(() -> new NotFoundException("organization.position.notFound"));
		OrgUnit unit = unitOf(command);
		Position parent = parentOf(command);
		PositionPolicy.checkReportingLine(position, unit, parent);
		position.update(command.title().strip(), command.level(), unit, parent, command.order());
		// Subordinates must still report within their own unit's ancestry after a move to another unit.
		positions.findSubordinates(code).forEach(PositionPolicy::checkAfterUnitMove);
		return position.toRef();
	}

	private OrgUnit unitOf(PositionCommand command) {
		return units.findByCode(command.unitCode())
			.orElseThrow(() -> new BusinessRuleViolation("organization.unit.unknown", command.unitCode()));
	}

	private Position parentOf(PositionCommand command) {
		if (command.parentCode() == null || command.parentCode().isBlank()) {
			return null;
		}
		return positions.findByCode(command.parentCode())
			.orElseThrow(() -> new BusinessRuleViolation("organization.position.parentUnknown", command.parentCode()));
	}
}
