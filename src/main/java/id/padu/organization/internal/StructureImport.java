package id.padu.organization.internal;

import id.padu.organization.AssignmentKind;
import id.padu.organization.PositionLevel;
import id.padu.organization.UnitKind;
import id.padu.organization.internal.Commands.AssignmentCommand;
import id.padu.organization.internal.Commands.PositionCommand;
import id.padu.organization.internal.Commands.StaffCommand;
import id.padu.organization.internal.Commands.UnitCommand;
import id.padu.organization.internal.SheetReader.ImportError;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.KodeWilayah;
import id.padu.shared.Nip;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Imports a structure workbook all-or-nothing: every row of every sheet is checked (types, identifiers,
 * duplicates, references to codes in the file or already in Padu) before anything is written; then
 * {@link StructureImportApply} writes it in one transaction, which rolls back entirely if a business rule
 * still fails.
 */
@Component
class StructureImport {

	/** Parsed rows, each with its row number in the sheet for error reports. */
	record Parsed(List<Numbered<UnitCommand>> units, List<Numbered<PositionCommand>> positions,
			List<Numbered<StaffCommand>> staff, List<Numbered<AssignmentCommand>> assignments) {
	}

	record Numbered<T>(int row, T command) {
	}

	/** Errors (nothing written) or, when there are none, the counts of what changed per sheet. */
	record Result(List<ImportError> errors, List<ImportApplied> counts) {
		boolean ok() {
			return errors.isEmpty();
		}
	}

	record ImportApplied(String sheet, int created, int updated, int unchanged) {
	}

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private final StructureImportApply apply;
	private final OrgUnitRepository units;
	private final PositionRepository positions;
	private final StaffRepository staff;

	StructureImport(StructureImportApply apply, OrgUnitRepository units, PositionRepository positions,
			StaffRepository staff) {
		this.apply = apply;
		this.units = units;
		this.positions = positions;
		this.staff = staff;
	}

	Result run(byte[] content) {
		List<ImportError> errors = new ArrayList<>();
		Parsed parsed;
		try (Workbook book = open(content)) {
			parsed = parse(book, errors);
		} catch (NotXlsx | java.io.IOException | RuntimeException e) {
			return new Result(List.of(new ImportError("", 0, null, "organization.import.notXlsx", new Object[0])),
					List.of());
		}
		if (errors.isEmpty()) {
			checkReferences(parsed, errors);
		}
		if (!errors.isEmpty()) {
			return new Result(errors, List.of());
		}
		try {
			return new Result(List.of(), apply.apply(parsed));
		} catch (StructureImportApply.ImportFailed e) {
			return new Result(List.of(e.error()), List.of());
		}
	}

	private static Workbook open(byte[] content) throws NotXlsx, java.io.IOException {
		if (content == null || content.length < 4 || content[0] != ZIP[0] || content[1] != ZIP[1]
				|| content[2] != ZIP[2] || content[3] != ZIP[3]) {
			throw new NotXlsx();
		}
		return new XSSFWorkbook(new ByteArrayInputStream(content));
	}

	private static Parsed parse(Workbook book, List<ImportError> errors) {
		List<Numbered<UnitCommand>> unitRows = new ArrayList<>();
		List<Numbered<PositionCommand>> positionRows = new ArrayList<>();
		List<Numbered<StaffCommand>> staffRows = new ArrayList<>();
		List<Numbered<AssignmentCommand>> assignmentRows = new ArrayList<>();
		SheetReader sheet = SheetReader.open(book, ExcelFormat.UNITS, ExcelFormat.UNIT_COLUMNS, errors);
		Set<String> seen = new HashSet<>();
		for (Row row : sheet == null ? List.<Row>of() : sheet.rows()) {
			int before = errors.size();
			String code = unique(sheet, row, 0, sheet.text(row, 0, true), seen);
			String name = sheet.text(row, 1, true);
			UnitKind kind = sheet.enumValue(row, 2, UnitKind.class);
			String parent = sheet.text(row, 3, false);
			KodeWilayah kode = kodeWilayah(sheet, row, 4);
			Integer order = sheet.number(row, 5, 0);
			Boolean active = sheet.yesNo(row, 6);
			if (errors.size() == before) {
				unitRows.add(new Numbered<>(row.getRowNum() + 1, new UnitCommand(code, name, kind, parent, kode, order, active)));
			}
		}
		sheet = SheetReader.open(book, ExcelFormat.POSITIONS, ExcelFormat.POSITION_COLUMNS, errors);
		seen.clear();
		for (Row row : sheet == null ? List.<Row>of() : sheet.rows()) {
			int before = errors.size();
			String code = unique(sheet, row, 0, sheet.text(row, 0, true), seen);
			String title = sheet.text(row, 1, true);
			PositionLevel level = sheet.enumValue(row, 2, PositionLevel.class);
			String unit = sheet.text(row, 3, true);
			String parent = sheet.text(row, 4, false);
			Integer order = sheet.number(row, 5, 0);
			if (errors.size() == before) {
				positionRows.add(new Numbered<>(row.getRowNum() + 1, new PositionCommand(code, title, level, unit, parent, order)));
			}
		}
		sheet = SheetReader.open(book, ExcelFormat.STAFF, ExcelFormat.STAFF_COLUMNS, errors);
		seen.clear();
		for (Row row : sheet == null ? List.<Row>of() : sheet.rows()) {
			int before = errors.size();
			Nip nip = sheet.nip(row, 0);
			if (nip != null && !seen.add(nip.value())) {
				sheet.error(row, 0, "organization.import.duplicateInFile", nip.value());
			}
			String name = sheet.text(row, 1, true);
			String username = sheet.text(row, 2, false);
			String email = sheet.text(row, 3, false);
			if (errors.size() == before) {
				staffRows.add(new Numbered<>(row.getRowNum() + 1, new StaffCommand(nip, name, username, email)));
			}
		}
		sheet = SheetReader.open(book, ExcelFormat.ASSIGNMENTS, ExcelFormat.ASSIGNMENT_COLUMNS, errors);
		for (Row row : sheet == null ? List.<Row>of() : sheet.rows()) {
			int before = errors.size();
			Nip nip = sheet.nip(row, 0);
			String position = sheet.text(row, 1, true);
			AssignmentKind kind = sheet.enumValue(row, 2, AssignmentKind.class);
			var from = sheet.date(row, 3, true);
			var until = sheet.date(row, 4, false);
			if (from != null && until != null && until.isBefore(from)) {
				sheet.error(row, 4, "organization.assignment.endBeforeStart");
			}
			if (errors.size() == before) {
				assignmentRows.add(new Numbered<>(row.getRowNum() + 1, new AssignmentCommand(nip, position, kind, from, until)));
			}
		}
		return new Parsed(unitRows, positionRows, staffRows, assignmentRows);
	}

	/** Every code a row refers to must be in the file or already in Padu. */
	private void checkReferences(Parsed parsed, List<ImportError> errors) {
		Set<String> unitCodes = codes(parsed.units(), UnitCommand::code, units.findAllOrdered(), OrgUnit::code);
		Set<String> positionCodes = codes(parsed.positions(), PositionCommand::code, positions.findAllOrdered(),
				Position::code);
		Set<String> nips = codes(parsed.staff(), s -> s.nip().value(), staff.findAll(), Staff::nip);
		for (var u : parsed.units()) {
			reference(errors, ExcelFormat.UNITS, u.row(), "D (kode_induk)", u.command().parentCode(), unitCodes);
		}
		for (var p : parsed.positions()) {
			reference(errors, ExcelFormat.POSITIONS, p.row(), "D (kode_unit)", p.command().unitCode(), unitCodes);
			reference(errors, ExcelFormat.POSITIONS, p.row(), "E (kode_atasan)", p.command().parentCode(), positionCodes);
		}
		for (var a : parsed.assignments()) {
			reference(errors, ExcelFormat.ASSIGNMENTS, a.row(), "A (nip)", a.command().nip().value(), nips);
			reference(errors, ExcelFormat.ASSIGNMENTS, a.row(), "B (kode_jabatan)", a.command().positionCode(), positionCodes);
		}
	}

	private static void reference(List<ImportError> errors, String sheet, int row, String column, String code,
			Set<String> known) {
		if (code != null && !known.contains(code)) {
			errors.add(new ImportError(sheet, row, column, "organization.import.unknownReference", new Object[] { code }));
		}
	}

	private static <C, E> Set<String> codes(List<Numbered<C>> rows, Function<C, String> code, List<E> existing,
			Function<E, String> existingCode) {
		Set<String> all = new HashSet<>();
		rows.forEach(r -> all.add(code.apply(r.command())));
		existing.forEach(e -> all.add(existingCode.apply(e)));
		return all;
	}

	private static String unique(SheetReader sheet, Row row, int c, String value, Set<String> seen) {
		if (value != null && (value.length() > 80 || !UnitTreePolicy.CODE.matcher(value).matches())) {
			sheet.error(row, c, "organization.code.format", value);
		} else if (value != null && !seen.add(value)) {
			sheet.error(row, c, "organization.import.duplicateInFile", value);
		}
		return value;
	}

	private static KodeWilayah kodeWilayah(SheetReader sheet, Row row, int c) {
		String value = sheet.text(row, c, false);
		try {
			return value == null ? null : KodeWilayah.of(value);
		} catch (InvalidIdentifierException e) {
			sheet.error(row, c, e.messageKey(), e.arguments());
			return null;
		}
	}

	private static final class NotXlsx extends Exception {
	}
}
