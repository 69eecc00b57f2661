package id.padu.registry.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Streams a SIAK CSV export (UTF-8, comma, double quotes, header first) into a {@link ResidentImportRun}.
 * Row numbers count records, the header being row 1, as a spreadsheet shows the file. A record the
 * parser cannot split (a quote still open at the end of the file, or a record over a megabyte) is
 * reported as an error of that row and ends the reading: what follows cannot be told apart safely,
 * and everything before it is already committed.
 */
final class ResidentImportCsv {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

	private ResidentImportCsv() {
	}

	static void read(InputStream body, ResidentImportRun run) throws IOException {
		ResidentImportUtf8Reader reader = new ResidentImportUtf8Reader(withoutBom(body));
		try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
			Iterator<CSVRecord> records = parser.iterator();
			long row = 0;
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				} catch (UncheckedIOException e) {
					if (!run.hasHeader()) {
						throw new ResidentImportRejected(HttpStatus.UNPROCESSABLE_CONTENT, "registry.import.headerUnreadable");
					}
					run.unreadable(row + 1, problem(e.getCause()), ResidentImportUtf8Reader.MAX_RECORD_CHARS);
					return;
				}
				reader.recordEnded();
				row = record.getRecordNumber();
				if (!run.hasHeader()) {
					run.header(record.toList());
				} else {
					run.row(row, record.toList(), true);
				}
			}
			if (!run.hasHeader()) {
				throw new ResidentImportRejected(HttpStatus.BAD_REQUEST, "registry.import.empty");
			}
		}
	}

	/** Only the first record, for checking an upload before it is queued. */
	static java.util.List<String> header(InputStream body) throws IOException {
		try (CSVParser parser = CSVParser.parse(new ResidentImportUtf8Reader(withoutBom(body)), FORMAT)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw new ResidentImportRejected(HttpStatus.BAD_REQUEST, "registry.import.empty");
			}
			return records.next().toList();
		} catch (UncheckedIOException e) {
			throw new ResidentImportRejected(HttpStatus.UNPROCESSABLE_CONTENT, "registry.import.headerUnreadable");
		}
	}

	private static String problem(IOException e) {
		if (e instanceof ResidentImportUtf8Reader.RecordTooLongException) {
			return "registry.import.recordTooLong";
		}
		return e.getMessage() != null && e.getMessage().contains("EOF") ? "registry.import.unterminated"
				: "registry.import.unreadable";
	}

	/**
	 * Drops the byte order mark spreadsheet programs put before "CSV UTF-8"; refuses an empty body and a
	 * UTF-16 file (what "Unicode text" in a spreadsheet program saves) before a single row is read.
	 */
	static InputStream withoutBom(InputStream body) throws IOException {
		PushbackInputStream in = new PushbackInputStream(body, 3);
		byte[] start = in.readNBytes(3);
		if (start.length == 0) {
			throw new ResidentImportRejected(HttpStatus.BAD_REQUEST, "registry.import.empty");
		}
		if (start.length >= 2 && ((start[0] == (byte) 0xFF && start[1] == (byte) 0xFE)
				|| (start[0] == (byte) 0xFE && start[1] == (byte) 0xFF))) {
			throw new ResidentImportRejected(HttpStatus.UNPROCESSABLE_CONTENT, "registry.import.utf16");
		}
		boolean bom = start.length == 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF;
		if (!bom) {
			in.unread(start);
		}
		return in;
	}
}
