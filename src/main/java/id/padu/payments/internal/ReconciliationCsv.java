package id.padu.payments.internal;

import id.padu.payments.internal.ReconciliationReport.Report;
import id.padu.shared.web.Formats;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The report as CSV for the treasurer's spreadsheet: one row per paid bill and per reconciliation item
 * received in the period, times in Asia/Jakarta (ISO with offset), amounts in whole Rupiah.
 */
final class ReconciliationCsv {

	static final String[] HEADER = { "jenis", "waktu", "kode_bayar", "referensi_bank", "jumlah_rupiah", "uraian",
			"rekening_pendapatan", "status", "diselesaikan_oleh", "catatan" };
	private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private ReconciliationCsv() {
	}

	static String of(Report report) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
			for (PaidBill bill : report.paid()) {
				csv.printRecord("PEMBAYARAN", time(bill.paidAt()), bill.billingCode(), bill.bankReference(),
						bill.amountRupiah(), safe(bill.description()), safe(bill.revenueAccount()), "LUNAS", "", "");
			}
			for (ItemView item : report.items()) {
				csv.printRecord("DITANDAI", time(item.receivedAt()), safe(item.billingCode()), safe(item.bankReference()),
						item.amountRupiah(), item.kind().name(), "", item.isResolved() ? "SELESAI" : "TERBUKA",
						item.resolvedBy() == null ? "" : safe(item.resolvedBy()),
						item.resolutionNote() == null ? "" : safe(item.resolutionNote()));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	private static String time(Instant instant) {
		return TIME.format(instant.atZone(Formats.JAKARTA).toOffsetDateTime());
	}

	/** A cell starting with = + - @ would be run as a formula by spreadsheets: a leading quote disarms it. */
	static String safe(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}
}
