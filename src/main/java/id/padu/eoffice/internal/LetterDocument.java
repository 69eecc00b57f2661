package id.padu.eoffice.internal;

import id.padu.eoffice.LetterType;
import id.padu.eoffice.Urgency;
import org.springframework.web.util.HtmlUtils;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The XHTML of a letter's body as Permendagri 1/2023 lays it out, for the documents module's {@code LETTER}
 * layout (which adds the kop, the signature block and the closing). Surat dinas and undangan: place and date on
 * the right, Nomor/Sifat/Lampiran/Hal, "Yth." and the addressees, the body. Nota dinas and memo: the title, then
 * Kepada/Dari/Tanggal/Nomor/Sifat/Lampiran/Hal under a rule. Other kinds: the title, "NOMOR ...", "TENTANG ...".
 * Every text but the (already sanitized) body is escaped here.
 */
final class LetterDocument {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.forLanguageTag("id-ID"));

	/** What is printed: {@code from} is the signing position as written (with Plt./Plh.). */
	record Facts(LetterType type, String typeLabel, String number, LocalDate date, String place, Urgency urgency,
			String urgencyLabel, String attachmentNote, String subject, String from, List<String> addressees,
			List<String> tembusan, String bodyHtml) {
	}

	private LetterDocument() {
	}

	static String body(Facts f) {
		StringBuilder html = new StringBuilder(1024 + f.bodyHtml().length());
		String date = DATE.format(f.date());
		String lampiran = f.attachmentNote() == null ? "-" : f.attachmentNote();
		switch (f.type()) {
			case NOTA_DINAS, MEMO -> {
				html.append("<div class=\"letter-title\">").append(e(f.typeLabel())).append("</div>");
				html.append("<table class=\"letter-head\">");
				row(html, "Kepada", "Yth. " + String.join("; ", f.addressees()));
				row(html, "Dari", f.from());
				if (!f.tembusan().isEmpty()) {
					row(html, "Tembusan", String.join("; ", f.tembusan()));
				}
				row(html, "Tanggal", date);
				row(html, "Nomor", f.number());
				row(html, "Sifat", f.urgencyLabel());
				row(html, "Lampiran", lampiran);
				row(html, "Hal", f.subject());
				html.append("</table><div class=\"letter-rule\"></div>");
			}
			case SURAT_DINAS, SURAT_UNDANGAN -> {
				html.append("<div class=\"letter-date\">").append(e(f.place() + ", " + date)).append("</div>");
				html.append("<table class=\"letter-head\">");
				row(html, "Nomor", f.number());
				row(html, "Sifat", f.urgencyLabel());
				row(html, "Lampiran", lampiran);
				row(html, "Hal", f.subject());
				html.append("</table><p>Yth. ");
				for (int i = 0; i < f.addressees().size(); i++) {
					html.append(i == 0 ? "" : "<br/>").append(f.addressees().size() > 1 ? (i + 1) + ". " : "")
						.append(e(f.addressees().get(i)));
				}
				html.append("<br/>di Tempat</p>");
			}
			default -> {
				html.append("<div class=\"letter-title\">").append(e(f.typeLabel())).append("</div>")
					.append("<div style=\"text-align:center\">NOMOR ").append(e(f.number())).append("</div>")
					.append("<div style=\"text-align:center;margin-bottom:10pt\">TENTANG<br/>")
					.append(e(f.subject().toUpperCase(Locale.ROOT))).append("</div>");
			}
		}
		html.append(f.bodyHtml());
		if (f.type() != LetterType.SURAT_DINAS && f.type() != LetterType.SURAT_UNDANGAN
				&& f.type() != LetterType.NOTA_DINAS && f.type() != LetterType.MEMO) {
			html.append("<p style=\"text-align:right\">Ditetapkan di ").append(e(f.place())).append(" pada tanggal ")
				.append(e(date)).append("</p>");
		}
		return html.toString();
	}

	/** The tembusan after the signature (surat dinas and the others; a nota dinas names it in its heading). */
	static String closing(Facts f) {
		if (f.tembusan().isEmpty() || f.type() == LetterType.NOTA_DINAS || f.type() == LetterType.MEMO) {
			return null;
		}
		StringBuilder html = new StringBuilder("<div>Tembusan:</div><ol>");
		f.tembusan().forEach(name -> html.append("<li>").append(e(name)).append("</li>"));
		return html.append("</ol>").toString();
	}

	private static void row(StringBuilder html, String label, String value) {
		html.append("<tr><td>").append(label).append("</td><td>:</td><td>").append(e(value)).append("</td></tr>");
	}

	private static String e(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
