package id.padu.archive.internal.filing;

import id.padu.eoffice.IncomingLetterClosed;
import id.padu.eoffice.IncomingLetterClosed.DispositionRecord;
import id.padu.shared.web.Formats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The "lembar disposisi" of a closed incoming letter as XHTML for the PDF renderer: the letter, then every
 * disposition in the order it was made with its instructions, note, deadline and follow-up report. Its text is
 * also what makes the record findable before the scan has been through OCR.
 */
final class DispositionSheet {

	static final String TITLE = "Lembar Disposisi";

	private static final Locale INDONESIAN = new Locale("id", "ID");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", INDONESIAN);

	private DispositionSheet() {
	}

	static String xhtml(IncomingLetterClosed letter) {
		StringBuilder html = new StringBuilder();
		html.append("<table>");
		row(html, "Nomor agenda", letter.agendaNumber());
		row(html, "Pengirim", letter.senderName());
		row(html, "Nomor surat", letter.letterNumber());
		row(html, "Tanggal surat", date(letter.letterDate()));
		row(html, "Perihal", letter.subject());
		row(html, "Kode klasifikasi", letter.classificationCode());
		row(html, "Selesai", time(letter.closedAt()));
		html.append("</table>");
		int n = 1;
		for (DispositionRecord d : letter.trail()) {
			html.append("<h3>Disposisi ").append(n++).append("</h3><table>");
			row(html, "Dari", acting(d.fromActing()) + nullToEmpty(d.fromName()) + " (" + nullToEmpty(d.fromPosition()) + ")");
			row(html, "Kepada", d.toPosition());
			row(html, "Instruksi", String.join(", ", d.instructions()));
			row(html, "Catatan", d.note());
			row(html, "Batas waktu", date(d.deadline()));
			row(html, "Dibuat", time(d.createdAt()));
			row(html, "Dibaca", time(d.readAt()));
			row(html, "Laporan tindak lanjut", d.followUpNote());
			row(html, "Dilaporkan oleh", d.reportedByName() == null ? null
					: acting(d.reportedActing()) + d.reportedByName());
			row(html, "Ditutup", time(d.closedAt()));
			html.append("</table>");
		}
		return html.toString();
	}

	private static void row(StringBuilder html, String label, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		html.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(value)).append("</td></tr>");
	}

	private static String acting(String kind) {
		return kind == null ? "" : kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT) + ". ";
	}

	private static String date(LocalDate date) {
		return date == null ? null : DATE.format(date);
	}

	private static String time(Instant at) {
		return at == null ? null : TIME.format(at.atZone(Formats.JAKARTA)) + " WIB";
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	/** XML's own entities only: the renderer parses XHTML, which knows no HTML named entities. */
	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
