package id.padu.organization.internal;

import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.Nip;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads typed values from one sheet of an uploaded workbook and records every problem with its sheet, row and
 * column instead of stopping at the first, so the admin can fix the whole file in one go.
 */
final class SheetReader {

	/** One problem in the file: where it is, and a message key with arguments. */
	record ImportError(String sheet, int row, String column, String messageKey, Object[] args) {
	}

	private final Sheet sheet;
	private final List<String> columns;
	private final List<ImportError> errors;
	private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

	private SheetReader(Sheet sheet, List<String> columns, List<ImportError> errors) {
		this.sheet = sheet;
		this.columns = columns;
		this.errors = errors;
	}

	/** The reader of a sheet whose header row matches, or null (with the error recorded). */
	static SheetReader open(Workbook book, String name, List<String> columns, List<ImportError> errors) {
		Sheet sheet = book.getSheet(name);
		if (sheet == null) {
			errors.add(new ImportError(name, 0, null, "organization.import.sheetMissing", new Object[] { name }));
			return null;
		}
		SheetReader reader = new SheetReader(sheet, columns, errors);
		Row header = sheet.getRow(0);
		for (int c = 0; c < columns.size(); c++) {
			String found = header == null ? "" : reader.raw(header, c).toLowerCase(Locale.ROOT);
			if (!found.equals(columns.get(c))) {
				errors.add(new ImportError(name, 1, reader.column(c), "organization.import.headerMismatch",
						new Object[] { name, String.join(", ", columns) }));
				return null;
			}
		}
		return reader;
	}

	/** Data rows (after the header), skipping rows that are entirely empty. */
	List<Row> rows() {
		List<Row> rows = new java.util.ArrayList<>();
		for (int r = 1; r <= Math.min(sheet.getLastRowNum(), ExcelFormat.MAX_ROWS); r++) {
			Row row = sheet.getRow(r);
			if (row != null && !isBlank(row)) {
				rows.add(row);
			}
		}
		return rows;
	}

	String name() {
		return sheet.getSheetName();
	}

	String text(Row row, int c, boolean required) {
		String value = raw(row, c);
		if (value.isEmpty()) {
			if (required) {
				error(row, c, "organization.import.required");
			}
			return null;
		}
		return value;
	}

	<E extends Enum<E>> E enumValue(Row row, int c, Class<E> type) {
		String value = text(row, c, true);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			String choices = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
			error(row, c, "organization.import.invalidValue", value, choices);
			return null;
		}
	}

	Integer number(Row row, int c, int fallback) {
		String value = text(row, c, false);
		if (value == null) {
			return fallback;
		}
		try {
			return (int) Double.parseDouble(value);
		} catch (NumberFormatException e) {
			error(row, c, "organization.import.invalidNumber", value);
			return null;
		}
	}

	Boolean yesNo(Row row, int c) {
		String value = text(row, c, false);
		if (value == null) {
			return true;
		}
		switch (value.toUpperCase(Locale.ROOT)) {
			case "YA", "Y", "TRUE", "YES", "1" -> { return true; }
			case "TIDAK", "T", "FALSE", "NO", "0" -> { return false; }
			default -> {
				error(row, c, "organization.import.invalidBoolean", value);
				return null;
			}
		}
	}

	LocalDate date(Row row, int c, boolean required) {
		Cell cell = row.getCell(c);
		if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate();
		}
		String value = text(row, c, required);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			error(row, c, "organization.import.invalidDate", value);
			return null;
		}
	}

	Nip nip(Row row, int c) {
		String value = text(row, c, true);
		if (value == null) {
			return null;
		}
		try {
			return Nip.of(value);
		} catch (InvalidIdentifierException e) {
			error(row, c, e.messageKey(), e.arguments());
			return null;
		}
	}

	void error(Row row, int c, String key, Object... args) {
		errors.add(new ImportError(name(), row.getRowNum() + 1, column(c), key, args));
	}

	private String column(int c) {
		return CellReference.convertNumToColString(c) + " (" + columns.get(c) + ")";
	}

	private String raw(Row row, int c) {
		Cell cell = row.getCell(c);
		return cell == null ? "" : formatter.formatCellValue(cell).strip();
	}

	private boolean isBlank(Row row) {
		for (int c = 0; c < columns.size(); c++) {
			if (!raw(row, c).isEmpty()) {
				return false;
			}
		}
		return true;
	}
}
