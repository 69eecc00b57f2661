package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.Berkas;
import id.padu.shared.web.Formats;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The body of a berita acara (always Indonesian: an official document): what was done under which proposal, and
 * the daftar arsip as a table with number, title, code, dates and record count. The issuer adds the letterhead,
 * title, number, signature block and QR code.
 */
final class BeritaAcara {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	/** One line of the daftar arsip. */
	record Line(Berkas berkas, long records, String note) {
	}

	private BeritaAcara() {
	}

	static String body(DisposalProposal proposal, String opdName, String proposerName, LocalDate date,
			List<Line> lines) {
		StringBuilder html = new StringBuilder();
		html.append("<p>Pada tanggal ").append(Formats.date(date, INDONESIAN)).append(", berdasarkan usul ")
			.append(htmlEscape(proposal.proposalNumber())).append(" yang diajukan oleh arsiparis ")
			.append(htmlEscape(proposerName)).append(" dengan alasan: ").append(htmlEscape(proposal.reason()))
			.append(", ").append(action(proposal.kind())).append(" arsip ").append(htmlEscape(opdName))
			.append(" sebagaimana tercantum dalam daftar arsip berikut.</p>");
		html.append("<table><thead><tr><th>No.</th><th>Nomor berkas</th><th>Judul berkas</th><th>Kode klasifikasi</th>")
			.append("<th>Kurun waktu</th><th>Jumlah arsip</th><th>Keterangan</th></tr></thead><tbody>");
		int number = 1;
		for (Line line : lines) {
			Berkas b = line.berkas();
			html.append("<tr><td>").append(number++).append("</td><td>").append(htmlEscape(b.berkasNumber()))
				.append("</td><td>").append(htmlEscape(b.title())).append("</td><td>")
				.append(htmlEscape(b.classificationCode())).append("</td><td>")
				.append(Formats.date(b.openedOn(), INDONESIAN)).append(" – ")
				.append(b.closedOn() == null ? "" : Formats.date(b.closedOn(), INDONESIAN)).append("</td><td>")
				.append(line.records()).append("</td><td>")
				.append(line.note() == null ? "" : htmlEscape(line.note())).append("</td></tr>");
		}
		html.append("</tbody></table>");
		html.append("<p>Jumlah: ").append(lines.size()).append(" berkas, ")
			.append(lines.stream().mapToLong(Line::records).sum()).append(" arsip.</p>");
		html.append("<p>Berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.</p>");
		return html.toString();
	}

	private static String action(ProposalKind kind) {
		return switch (kind) {
			case TRANSFER_INAKTIF -> "telah dipindahkan ke pusat arsip (record center) arsip inaktif";
			case TRANSFER_STATIS -> "telah diserahkan kepada lembaga kearsipan daerah arsip statis";
			case MUSNAH -> "telah dimusnahkan";
		};
	}
}
