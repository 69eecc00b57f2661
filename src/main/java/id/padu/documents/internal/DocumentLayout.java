package id.padu.documents.internal;

import org.springframework.web.util.HtmlUtils;

import java.util.Locale;

/**
 * The XHTML of an official document: A4, the letterhead, the title and number, the caller's body and, for a
 * signed document, the signature block with the QR code and a note on how to verify it. Every text that is not
 * the caller's XHTML body is escaped here.
 */
final class DocumentLayout {

	/** The signature block: place and date, position, name, NIP, the QR code and where it points. */
	record SignatureBlock(String placeAndDate, String position, String name, String nip, String qrDataUri,
			String verificationUrl, String verificationCode) {
	}

	static final String FONT = "DejaVu Serif";

	private static final String STYLE = """
			@page { size: A4; margin: 15mm 20mm 20mm 25mm;
			  @bottom-right { content: "Halaman " counter(page) " dari " counter(pages); font-family: 'DejaVu Serif'; font-size: 8pt; } }
			body { font-family: 'DejaVu Serif'; font-size: 11pt; line-height: 1.4; color: #000; }
			.kop { text-align: center; border-bottom: 3pt double #000; padding-bottom: 4pt; margin-bottom: 14pt; }
			.kop-grid { width: 100%; border-collapse: collapse; }
			.kop-grid td { vertical-align: middle; padding: 0; }
			.kop-logo { width: 22mm; }
			.kop-logo img { height: 22mm; }
			.kop-text { text-align: center; }
			.kop .pemda { font-size: 13pt; font-weight: bold; letter-spacing: 0.5pt; }
			.kop .opd { font-size: 13pt; font-weight: bold; }
			.kop .line { font-size: 9pt; }
			h1 { text-align: center; font-size: 12pt; font-weight: bold; text-decoration: underline; margin: 0; text-transform: uppercase; }
			.number { text-align: center; margin: 2pt 0 14pt 0; }
			.body { text-align: justify; }
			.body table { border-collapse: collapse; }
			.body td, .body th { vertical-align: top; padding: 1pt 4pt 1pt 0; text-align: left; }
			.signature { margin: 20pt 0 0 50%; page-break-inside: avoid; }
			.signature .position { font-weight: bold; text-transform: uppercase; }
			.signature table { border-collapse: collapse; margin: 4pt 0; }
			.signature td { vertical-align: middle; padding: 0 6pt 0 0; }
			.signature .qr { width: 24mm; height: 24mm; }
			.signature .tte { font-style: italic; font-size: 9pt; }
			.signature .name { font-weight: bold; text-decoration: underline; }
			.note { margin-top: 18pt; border-top: 0.5pt solid #000; padding-top: 4pt; font-size: 8pt; page-break-inside: avoid; }
			""";

	private DocumentLayout() {
	}

	static String xhtml(Letterhead kop, DocumentText text, String bodyXhtml, SignatureBlock signature) {
		StringBuilder html = new StringBuilder(4096 + bodyXhtml.length())
			.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\"><head><meta charset=\"UTF-8\"/><title>")
			.append(e(text.title())).append("</title><style>").append(STYLE).append("</style></head><body>");
		kop(html, kop);
		html.append("<h1>").append(e(text.title())).append("</h1>");
		if (text.documentNumber() != null && !text.documentNumber().isBlank()) {
			html.append("<div class=\"number\">Nomor: ").append(e(text.documentNumber())).append("</div>");
		} else {
			html.append("<div class=\"number\"></div>");
		}
		html.append("<div class=\"body\">").append(bodyXhtml).append("</div>");
		if (signature != null) {
			signatureBlock(html, signature);
		}
		return html.append("</body></html>").toString();
	}

	/**
	 * A naskah dinas: the letterhead, then the caller's body with its own heading (the date and number are written
	 * there, as Permendagri 1/2023 places them), the signature block without a second date, then the closing
	 * (tembusan) and the verification note.
	 */
	static String letterXhtml(Letterhead kop, DocumentText text, String bodyXhtml, SignatureBlock signature,
			String closingXhtml) {
		StringBuilder html = new StringBuilder(4096 + bodyXhtml.length())
			.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\"><head><meta charset=\"UTF-8\"/><title>")
			.append(e(text.title())).append("</title><style>").append(STYLE).append(LETTER_STYLE).append("</style></head><body>");
		kop(html, kop);
		html.append("<div class=\"body\">").append(bodyXhtml).append("</div>");
		StringBuilder block = new StringBuilder();
		signatureBlock(block, signature);
		String withoutDate = block.toString().replaceFirst("<div class=\"signature\"><div>[^<]*</div>", "<div class=\"signature\">");
		int note = withoutDate.indexOf("<div class=\"note\">");
		html.append(withoutDate, 0, note);
		if (closingXhtml != null && !closingXhtml.isBlank()) {
			html.append("<div class=\"closing\">").append(closingXhtml).append("</div>");
		}
		return html.append(withoutDate.substring(note)).append("</body></html>").toString();
	}

	private static final String LETTER_STYLE = """
			.closing { margin-top: 14pt; font-size: 10pt; page-break-inside: avoid; }
			.letter-head td { vertical-align: top; padding: 0 4pt 0 0; }
			.letter-date { text-align: right; margin-bottom: 8pt; }
			.letter-title { text-align: center; font-weight: bold; text-decoration: underline; text-transform: uppercase; }
			.letter-rule { border-bottom: 1pt solid #000; margin: 4pt 0 10pt 0; }
			""";

	private static void signatureBlock(StringBuilder html, SignatureBlock s) {
		html.append("<div class=\"signature\"><div>").append(e(s.placeAndDate())).append("</div>")
			.append("<div class=\"position\">").append(e(s.position().toUpperCase(Locale.ROOT))).append("</div>")
			.append("<table><tr><td><img class=\"qr\" alt=\"QR\" src=\"").append(s.qrDataUri()).append("\"/></td>")
			.append("<td class=\"tte\">Ditandatangani secara elektronik</td></tr></table>")
			.append("<div class=\"name\">").append(e(s.name())).append("</div>");
		if (s.nip() != null) {
			html.append("<div>NIP ").append(e(s.nip())).append("</div>");
		}
		html.append("</div><div class=\"note\">Dokumen ini ditandatangani secara elektronik menggunakan sertifikat ")
			.append("elektronik. Keaslian dan status dokumen dapat diperiksa dengan memindai kode QR atau membuka ")
			.append(e(s.verificationUrl())).append(" (kode verifikasi ").append(e(s.verificationCode())).append(").</div>");
	}

	/**
	 * The kop surat as Permendagri 1/2023 draws it: the emblem at the left, the lines centred in the width beside it
	 * (the pemda, the OPD, address and contact lines), a double rule below.
	 */
	private static void kop(StringBuilder html, Letterhead kop) {
		html.append("<div class=\"kop\"><table class=\"kop-grid\"><tr>");
		if (kop.logoDataUri() != null) {
			html.append("<td class=\"kop-logo\"><img alt=\"Lambang daerah\" src=\"").append(kop.logoDataUri()).append("\"/></td>");
		}
		html.append("<td class=\"kop-text\"><div class=\"pemda\">").append(e(kop.pemda())).append("</div>");
		line(html, "opd", kop.opd());
		line(html, "line", kop.addressLine());
		line(html, "line", kop.contactLine());
		html.append("</td></tr></table></div>");
	}

	private static void line(StringBuilder html, String css, String text) {
		if (text != null && !text.isBlank()) {
			html.append("<div class=\"").append(css).append("\">").append(e(text)).append("</div>");
		}
	}

	/** XML-safe text: only markup characters are escaped, so Indonesian and other letters stay as they are. */
	static String e(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
