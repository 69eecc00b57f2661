package id.padu.organization.internal;

import id.padu.organization.OrganizationDirectory;
import id.padu.organization.PositionRef;
import id.padu.organization.StaffRef;
import id.padu.organization.UnitRef;
import id.padu.organization.internal.Commands.AssignmentCommand;
import id.padu.organization.internal.Commands.PositionCommand;
import id.padu.organization.internal.Commands.StaffCommand;
import id.padu.organization.internal.Commands.UnitCommand;
import id.padu.organization.internal.SheetReader.ImportError;
import id.padu.organization.internal.StructureImport.ImportApplied;
import id.padu.organization.internal.StructureImport.Numbered;
import id.padu.organization.internal.StructureImport.Parsed;
import id.padu.shared.BusinessRuleViolation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes checked import rows through the same services as the admin pages, in one transaction: units and
 * positions parents first, then staff, then assignments. The first broken rule rolls everything back.
 */
@Component
class StructureImportApply {

	/** A rule that failed while writing; the transaction is rolled back. */
	static final class ImportFailed extends RuntimeException {
		private final transient ImportError error;

		ImportFailed(ImportError error) {
			super(error.messageKey());
			this.error = error;
		}

		ImportError error() {
			return error;
		}
	}

	private final UnitService units;
	private final PositionService positions;
	private final StaffService staff;
	private final AssignmentService assignments;
	private final OrganizationDirectory directory;
	private final AssignmentRepository assignmentRows;

	StructureImportApply(UnitService units, PositionService positions, StaffService staff,
			AssignmentService assignments, OrganizationDirectory directory, AssignmentRepository assignmentRows) {
		this.units = units;
		this.positions = positions;
		this.staff = staff;
		this.assignments = assignments;
		this.directory = directory;
		this.assignmentRows = assignmentRows;
	}

	@Transactional
	public List<ImportApplied> apply(Parsed parsed) {
		int[] u = new int[3];
		for (var row : parentsFirst(parsed.units(), UnitCommand::code, UnitCommand::parentCode)) {
			guarded(ExcelFormat.UNITS, row.row(), () -> {
				UnitCommand c = row.command();
				UnitRef existing = directory.findUnit(c.code()).orElse(null);
				if (existing == null) {
					units.create(c);
					u[0]++;
				} else if (same(existing, c)) {
					u[2]++;
				} else {
					units.update(c.code(), c);
					u[1]++;
				}
			});
		}
		int[] p = new int[3];
		for (var row : parentsFirst(parsed.positions(), PositionCommand::code, PositionCommand::parentCode)) {
			guarded(ExcelFormat.POSITIONS, row.row(), () -> {
				PositionCommand c = row.command();
				PositionRef existing = directory.findPosition(c.code()).orElse(null);
				if (existing == null) {
					positions.create(c);
					p[0]++;
				} else if (same(existing, c)) {
					p[2]++;
				} else {
					positions.update(c.code(), c);
					p[1]++;
				}
			});
		}
		int[] s = new int[3];
		for (var row : parsed.staff()) {
			guarded(ExcelFormat.STAFF, row.row(), () -> {
				StaffCommand c = row.command();
				StaffRef existing = directory.findStaff(c.nip()).orElse(null);
				int slot = existing == null ? 0 : same(existing, c) ? 2 : 1;
				if (slot != 2) {
					staff.upsert(c);
				}
				s[slot]++;
			});
		}
		int[] a = new int[3];
		for (var row : parsed.assignments()) {
			guarded(ExcelFormat.ASSIGNMENTS, row.row(), () -> a[assign(row.command())]++);
		}
		return List.of(applied(ExcelFormat.UNITS, u), applied(ExcelFormat.POSITIONS, p),
				applied(ExcelFormat.STAFF, s), applied(ExcelFormat.ASSIGNMENTS, a));
	}

	/** 0 created, 1 updated (end date changed), 2 unchanged. */
	private int assign(AssignmentCommand c) {
		var existing = assignmentRows.findByNip(c.nip().value()).stream()
			.filter(x -> x.position().code().equals(c.positionCode()) && x.kind() == c.kind()
					&& x.startDate().equals(c.from()))
			.findFirst();
		if (existing.isEmpty()) {
			assignments.assign(c);
			return 0;
		}
		if (Objects.equals(existing.get().endDate(), c.until())) {
			return 2;
		}
		assignments.changeEnd(existing.get().getId(), c.until());
		return 1;
	}

	private static void guarded(String sheet, int row, Runnable work) {
		try {
			work.run();
		} catch (BusinessRuleViolation e) {
			throw new ImportFailed(new ImportError(sheet, row, null, e.messageKey(), e.arguments()));
		}
	}

	/** Rows whose parent is not in the file, then their children, and so on; rows in a cycle come last. */
	private static <C> List<Numbered<C>> parentsFirst(List<Numbered<C>> rows, Function<C, String> code,
			Function<C, String> parent) {
		Set<String> inFile = new HashSet<>();
		rows.forEach(r -> inFile.add(code.apply(r.command())));
		List<Numbered<C>> ordered = new ArrayList<>();
		Set<String> placed = new HashSet<>();
		List<Numbered<C>> waiting = new ArrayList<>(rows);
		while (!waiting.isEmpty()) {
			List<Numbered<C>> ready = waiting.stream().filter(r -> {
				String p = parent.apply(r.command());
				return p == null || !inFile.contains(p) || placed.contains(p);
			}).toList();
			if (ready.isEmpty()) {
				ordered.addAll(waiting);
				break;
			}
			ready.forEach(r -> placed.add(code.apply(r.command())));
			ordered.addAll(ready);
			waiting.removeAll(ready);
		}
		return ordered;
	}

	private static boolean same(UnitRef u, UnitCommand c) {
		return u.name().equals(c.name().strip()) && u.kind() == c.kind() && Objects.equals(u.parentCode(), c.parentCode())
				&& Objects.equals(u.kodeWilayah(), c.kodeWilayah()) && u.order() == c.order() && u.active() == c.active();
	}

	private static boolean same(PositionRef p, PositionCommand c) {
		return p.title().equals(c.title().strip()) && p.level() == c.level() && p.unitCode().equals(c.unitCode())
				&& Objects.equals(p.parentCode(), c.parentCode()) && p.order() == c.order();
	}

	private static boolean same(StaffRef s, StaffCommand c) {
		return s.fullName().equals(c.fullName().strip()) && Objects.equals(s.username(), normalized(c.username()))
				&& Objects.equals(s.email(), normalized(c.email()));
	}

	private static String normalized(String value) {
		return value == null || value.isBlank() ? null : value.strip().toLowerCase();
	}

	private static ImportApplied applied(String sheet, int[] counts) {
		return new ImportApplied(sheet, counts[0], counts[1], counts[2]);
	}
}
