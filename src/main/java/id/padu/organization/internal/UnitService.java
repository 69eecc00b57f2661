package id.padu.organization.internal;

import id.padu.organization.UnitRef;
import id.padu.organization.internal.Commands.UnitCommand;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import id.padu.wilayah.WilayahDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds and changes organization units, enforcing {@link UnitTreePolicy}. */
@Service
@Transactional
class UnitService {

	private final OrgUnitRepository units;
	private final PositionRepository positions;
	private final WilayahDirectory wilayah;

	UnitService(OrgUnitRepository units, PositionRepository positions, WilayahDirectory wilayah) {
		this.units = units;
		this.positions = positions;
		this.wilayah = wilayah;
	}

	UnitRef create(UnitCommand command) {
		UnitTreePolicy.checkCode(command.code());
		if (units.existsByCode(command.code())) {
			throw new BusinessRuleViolation("organization.unit.codeTaken", command.code());
		}
		OrgUnit parent = parentOf(command);
		UnitTreePolicy.checkPlacement(null, command.kind(), parent);
		checkKodeWilayah(command, parent);
		OrgUnit unit = new OrgUnit(command.code(), command.name().strip(), command.kind(), parent,
				command.kodeWilayah(), command.order());
		if (!command.active()) {
			unit.update(unit.name(), unit.kind(), command.kodeWilayah(), command.order(), false);
		}
		return units.save(unit).toRef();
	}

	/** Changes everything but the code, which other modules and files keep as the unit's key. */
	UnitRef update(String code, UnitCommand command) {
		OrgUnit unit = units.findByCode(code).orElseThrow(() -> new NotFoundException("organization.unit.notFound"));
		OrgUnit parent = parentOf(command);
		UnitTreePolicy.checkPlacement(unit, command.kind(), parent);
		checkKodeWilayah(command, parent);
		boolean moved = parent != unit.parent();
		unit.update(command.name().strip(), command.kind(), command.kodeWilayah(), command.order(), command.active());
		unit.moveUnder(parent);
		if (moved) {
			positions.findByUnitCode(code).forEach(PositionPolicy::checkAfterUnitMove);
		}
		return unit.toRef();
	}

	private OrgUnit parentOf(UnitCommand command) {
		if (command.parentCode() == null || command.parentCode().isBlank()) {
			return null;
		}
		return units.findByCode(command.parentCode())
			.orElseThrow(() -> new BusinessRuleViolation("organization.unit.parentUnknown", command.parentCode()));
	}

	private void checkKodeWilayah(UnitCommand command, OrgUnit parent) {
		UnitTreePolicy.checkKodeWilayah(command.kind(), command.kodeWilayah(), parent);
		if (command.kodeWilayah() != null && !wilayah.exists(command.kodeWilayah())) {
			throw new BusinessRuleViolation("organization.unit.kodeWilayahUnknown", command.kodeWilayah().value());
		}
	}
}
