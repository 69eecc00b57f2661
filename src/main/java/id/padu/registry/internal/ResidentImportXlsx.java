package id.padu.registry.internal;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.springframework.http.HttpStatus;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Streams the first sheet of an .xlsx workbook into a {@link ResidentImportRun} with POI's SAX event
 * API, one row at a time, never building the workbook in memory (only its shared-string table, as POI
 * requires). The first row is the header, the same columns as the CSV; rows keep their sheet numbers
 * and rows left entirely empty are skipped.
 */
final class ResidentImportXlsx {

	private ResidentImportXlsx() {
	}

	/** Reads the workbook; {@code sheetSize} hears the size of the sheet's XML, {@code read} how much of it is read. */
	static void read(Path file, ResidentImportRun run, LongConsumer sheetSize, LongConsumer read) throws IOException {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new ResidentImportRejected(HttpStatus.UNPROCESSABLE_CONTENT, "registry.import.noSheet");
			}
			try (InputStream sheet = sheets.next()) {
				sheetSize.accept(sheets.getSheetPart().getSize());
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
						new ReadOnlySharedStringsTable(pkg), new Rows(run), new IsoFormatter(), false));
				parser.parse(new InputSource(new ResidentImportCounting(sheet, read)));
			}
			if (!run.hasHeader()) {
				throw new ResidentImportRejected(HttpStatus.BAD_REQUEST, "registry.import.empty");
			}
		} catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
				| InvalidOperationException | UnsupportedFileFormatException e) {
			// A zip that is not a workbook, or a workbook broken inside: the file, not the system, is at fault.
			throw new ResidentImportRejected(HttpStatus.UNPROCESSABLE_CONTENT, "registry.import.notWorkbook");
		}
	}

	/** Only the first non-empty row, for checking an upload before it is queued. */
	static List<String> header(Path file) throws IOException {
		List<String> header = new ArrayList<>();
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new ResidentImportRejected(HttpStatus.UNPROCESSABLE_CONTENT, "registry.import.noSheet");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
						new ReadOnlySharedStringsTable(pkg), new FirstRow(header), new IsoFormatter(), false));
				parser.parse(new InputSource(sheet));
			} catch (FirstRow.Found found) {
				return header;
			}
			throw new ResidentImportRejected(HttpStatus.BAD_REQUEST, "registry.import.empty");
		} catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
				| InvalidOperationException | UnsupportedFileFormatException e) {
			// A zip that is not a workbook, or a workbook broken inside: the file, not the system, is at fault.
			throw new ResidentImportRejected(HttpStatus.UNPROCESSABLE_CONTENT, "registry.import.notWorkbook");
		}
	}

	/** Collects the first non-empty row, then stops the parser. */
	private static final class FirstRow implements SheetContentsHandler {

		static final class Found extends RuntimeException {
			Found() {
				super(null, null, false, false);
			}
		}

		private final List<String> values;

		FirstRow(List<String> values) {
			this.values = values;
		}

		@Override
		public void startRow(int rowNum) {
			values.clear();
		}

		@Override
		public void endRow(int rowNum) {
			if (!values.stream().allMatch(String::isBlank)) {
				throw new Found();
			}
		}

		@Override
		public void cell(String reference, String formatted, XSSFComment comment) {
			int column = reference == null ? values.size() : new CellReference(reference).getCol();
			while (values.size() < column) {
				values.add("");
			}
			values.add(formatted == null ? "" : formatted);
		}
	}

	private static final class Rows implements SheetContentsHandler {

		private final ResidentImportRun run;
		private final List<String> values = new ArrayList<>();

		Rows(ResidentImportRun run) {
			this.run = run;
		}

		@Override
		public void startRow(int rowNum) {
			values.clear();
		}

		@Override
		public void endRow(int rowNum) {
			if (values.stream().allMatch(String::isBlank)) {
				return;
			}
			if (!run.hasHeader()) {
				run.header(values);
			} else {
				run.row(rowNum + 1L, values, false);
			}
		}

		@Override
		public void cell(String reference, String formatted, XSSFComment comment) {
			int column = reference == null ? values.size() : new CellReference(reference).getCol();
			while (values.size() < column) {
				values.add("");
			}
			values.add(formatted == null ? "" : formatted);
		}
	}

	/**
	 * Shows date cells as yyyy-MM-dd and whole numbers without grouping or exponent, so a date or an RT
	 * typed as a number reads the same as in the CSV.
	 */
	private static final class IsoFormatter extends DataFormatter {

		IsoFormatter() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
			}
			if (value == Math.rint(value) && Math.abs(value) < 1e17) {
				return new BigDecimal(value).toPlainString();
			}
			return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
		}
	}
}
