package id.padu.organization.internal;

import id.padu.organization.OrganizationDirectory;
import id.padu.organization.UnitRef;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/** Writes the current tenant's structure as an .xlsx workbook in {@link ExcelFormat}. */
@Component
class StructureExport {

	private final OrganizationDirectory directory;
	private final PositionRepository positions;
	private final StaffRepository staff;
	private final AssignmentRepository assignments;

	StructureExport(OrganizationDirectory directory, PositionRepository positions, StaffRepository staff,
			AssignmentRepository assignments) {
		this.directory = directory;
		this.positions = positions;
		this.staff = staff;
		this.assignments = assignments;
	}

	@Transactional(readOnly = true)
	public void write(OutputStream out) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			CellStyle header = book.createCellStyle();
			Font bold = book.createFont();
			bold.setBold(true);
			header.setFont(bold);
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));

			Sheet units = sheet(book, ExcelFormat.UNITS, ExcelFormat.UNIT_COLUMNS, header);
			int r = 1;
			for (UnitRef u : directory.units()) {
				row(units, r++, date, u.code(), u.name(), u.kind().name(), u.parentCode(),
						u.kodeWilayah() == null ? null : u.kodeWilayah().value(), u.order(),
						u.active() ? ExcelFormat.YES : ExcelFormat.NO);
			}
			Sheet jabatan = sheet(book, ExcelFormat.POSITIONS, ExcelFormat.POSITION_COLUMNS, header);
			r = 1;
			for (Position p : positions.findAllOrdered()) {
				row(jabatan, r++, date, p.code(), p.title(), p.level().name(), p.unit().code(),
						p.parent() == null ? null : p.parent().code(), p.sortOrder());
			}
			Sheet pegawai = sheet(book, ExcelFormat.STAFF, ExcelFormat.STAFF_COLUMNS, header);
			r = 1;
			for (Staff s : staff.findAllByOrderByFullName()) {
				row(pegawai, r++, date, s.nip(), s.fullName(), s.username(), s.email());
			}
			Sheet penugasan = sheet(book, ExcelFormat.ASSIGNMENTS, ExcelFormat.ASSIGNMENT_COLUMNS, header);
			r = 1;
			for (Assignment a : assignments.findAllOrdered()) {
				row(penugasan, r++, date, a.staff().nip(), a.position().code(), a.kind().name(), a.startDate(),
						a.endDate());
			}
			for (Sheet sheet : List.of(units, jabatan, pegawai, penugasan)) {
				sheet.createFreezePane(0, 1);
				for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
					sheet.setColumnWidth(c, c == 1 ? 60 * 256 : 24 * 256);
				}
			}
			book.write(out);
		}
	}

	private static Sheet sheet(XSSFWorkbook book, String name, List<String> columns, CellStyle header) {
		Sheet sheet = book.createSheet(name);
		Row row = sheet.createRow(0);
		for (int c = 0; c < columns.size(); c++) {
			Cell cell = row.createCell(c);
			cell.setCellValue(columns.get(c));
			cell.setCellStyle(header);
		}
		return sheet;
	}

	private static void row(Sheet sheet, int index, CellStyle dateStyle, Object... values) {
		Row row = sheet.createRow(index);
		for (int c = 0; c < values.length; c++) {
			Object value = values[c];
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(c);
			if (value instanceof LocalDate day) {
				cell.setCellValue(day);
				cell.setCellStyle(dateStyle);
			} else if (value instanceof Integer number) {
				cell.setCellValue(number);
			} else {
				// NIPs and codes stay text, so Excel never turns 199203152015032001 into 1.99E+17.
				cell.setCellValue(value.toString());
			}
		}
	}
}
