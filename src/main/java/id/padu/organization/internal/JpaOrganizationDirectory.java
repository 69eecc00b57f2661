package id.padu.organization.internal;

import id.padu.organization.AssignmentKind;
import id.padu.organization.Holder;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.PositionRef;
import id.padu.organization.StaffRef;
import id.padu.organization.UnitNode;
import id.padu.organization.UnitRef;
import id.padu.shared.NotFoundException;
import id.padu.shared.Nip;
import id.padu.shared.web.Formats;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Service
@Transactional(readOnly = true)
class JpaOrganizationDirectory implements OrganizationDirectory {

	private static final Comparator<Holder> DEFINITIVE_FIRST = Comparator
		.comparing((Holder h) -> h.kind() != AssignmentKind.DEFINITIF)
		.thenComparing(Holder::from);

	private final OrgUnitRepository units;
	private final PositionRepository positions;
	private final StaffRepository staff;
	private final AssignmentRepository assignments;
	private final Clock clock;

	JpaOrganizationDirectory(OrgUnitRepository units, PositionRepository positions, StaffRepository staff,
			AssignmentRepository assignments, Clock clock) {
		this.units = units;
		this.positions = positions;
		this.staff = staff;
		this.assignments = assignments;
		this.clock = clock;
	}

	@Override
	public Optional<UnitRef> findUnit(String code) {
		return units.findByCode(code).map(OrgUnit::toRef);
	}

	@Override
	public UnitRef unit(String code) {
		return findUnit(code).orElseThrow(() -> new NotFoundException("organization.unit.notFound"));
	}

	@Override
	public List<UnitRef> units() {
		List<UnitRef> flat = new ArrayList<>();
		unitTree().forEach(root -> flatten(root, flat));
		return flat;
	}

	@Override
	public List<UnitNode> unitTree() {
		Map<String, List<UnitRef>> byParent = new LinkedHashMap<>();
		for (OrgUnit unit : units.findAllOrdered()) {
			byParent.computeIfAbsent(unit.parent() == null ? "" : unit.parent().code(), k -> new ArrayList<>())
				.add(unit.toRef());
		}
		return nodes(byParent, "", new HashSet<>());
	}

	@Override
	public List<UnitRef> subUnits(String unitCode) {
		return units.findChildren(unitCode).stream().map(OrgUnit::toRef).toList();
	}

	@Override
	public Optional<UnitRef> opdOf(String unitCode) {
		for (OrgUnit u = units.findByCode(unitCode).orElse(null); u != null; u = u.parent()) {
			if (u.kind().isOpd()) {
				return Optional.of(u.toRef());
			}
		}
		return Optional.empty();
	}

	@Override
	public Optional<PositionRef> findPosition(String positionCode) {
		return positions.findByCode(positionCode).map(Position::toRef);
	}

	@Override
	public List<PositionRef> positionsIn(String unitCode) {
		return positions.findByUnitCode(unitCode).stream().map(Position::toRef).toList();
	}

	@Override
	public Optional<PositionRef> headOf(String unitCode) {
		return positions.findByUnitCode(unitCode).stream()
			.filter(p -> p.parent() == null || !p.parent().unit().code().equals(unitCode))
			.filter(p -> p.level().isLeadership())
			.findFirst()
			.map(Position::toRef);
	}

	@Override
	public Optional<PositionRef> superior(String positionCode) {
		return positions.findByCode(positionCode).map(Position::parent).map(Position::toRef);
	}

	@Override
	public List<PositionRef> chainOfCommand(String positionCode) {
		List<PositionRef> chain = new ArrayList<>();
		Position start = positions.findByCode(positionCode)
			.orElseThrow(() -> new NotFoundException("organization.position.notFound"));
		for (Position p = start.parent(); p != null && chain.size() < 64; p = p.parent()) {
			chain.add(p.toRef());
		}
		return chain;
	}

	@Override
	public List<PositionRef> subordinates(String positionCode) {
		return positions.findSubordinates(positionCode).stream().map(Position::toRef).toList();
	}

	@Override
	public List<Holder> holders(String positionCode) {
		return holders(positionCode, today());
	}

	@Override
	public List<Holder> holders(String positionCode, LocalDate on) {
		return assignments.findByPositionCode(positionCode).stream()
			.filter(a -> a.activeOn(on))
			.map(Assignment::toHolder)
			.sorted(DEFINITIVE_FIRST)
			.toList();
	}

	@Override
	public Optional<StaffRef> findStaff(Nip nip) {
		return staff.findByNip(nip.value()).map(Staff::toRef);
	}

	@Override
	public Optional<StaffRef> findStaffByUsername(String username) {
		return staff.findByUsername(username.toLowerCase()).map(Staff::toRef);
	}

	@Override
	public List<Holder> appointmentsOf(String username) {
		return appointmentsOf(username, today());
	}

	@Override
	public List<Holder> appointmentsOf(String username, LocalDate on) {
		return assignments.findByUsername(username.toLowerCase()).stream()
			.filter(a -> a.activeOn(on))
			.map(Assignment::toHolder)
			.sorted(DEFINITIVE_FIRST)
			.toList();
	}

	@Override
	public Optional<PositionRef> positionOf(String username) {
		return appointmentsOf(username).stream().findFirst().map(Holder::position);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.JAKARTA));
	}

	private static List<UnitNode> nodes(Map<String, List<UnitRef>> byParent, String parentCode, Set<String> seen) {
		List<UnitNode> nodes = new ArrayList<>();
		for (UnitRef unit : byParent.getOrDefault(parentCode, List.of())) {
			if (seen.add(unit.code())) {
				nodes.add(new UnitNode(unit, nodes(byParent, unit.code(), seen)));
			}
		}
		return nodes;
	}

	private static void flatten(UnitNode node, List<UnitRef> into) {
		into.add(node.unit());
		node.children().forEach(child -> flatten(child, into));
	}
}
