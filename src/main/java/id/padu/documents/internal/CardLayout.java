package id.padu.documents.internal;

import static id.padu.documents.internal.DocumentLayout.e;

/**
 * The XHTML of a card-sized document (ID-1, 85.6 × 54 mm, the size of a KTP or a bank card) that a holder
 * prints and carries: the pemda and OPD on top, the title and number, the caller's body on the left and the
 * QR code on the right, the signer and the verification code along the bottom. Small type, one page.
 */
final class CardLayout {

	private static final String STYLE = """
			@page { size: 85.6mm 54mm; margin: 2.5mm 3mm; }
			body { font-family: 'DejaVu Serif'; font-size: 6pt; line-height: 1.2; color: #000; margin: 0; }
			.head { border-bottom: 0.6pt solid #0b5d3b; padding-bottom: 1mm; margin-bottom: 1mm; }
			.head .pemda { font-size: 5.5pt; letter-spacing: 0.2pt; }
			.head .opd { font-size: 7pt; font-weight: bold; color: #0b5d3b; }
			h1 { font-size: 8pt; margin: 0; text-transform: uppercase; }
			.number { font-size: 7pt; font-weight: bold; margin-bottom: 1mm; }
			table.grid { width: 100%; border-collapse: collapse; }
			td.main, td.side { vertical-align: top; padding: 0; }
			td.side { width: 19mm; text-align: center; }
			.qr { width: 18mm; height: 18mm; }
			.code { font-size: 4.5pt; word-wrap: break-word; }
			.body table { border-collapse: collapse; }
			.body td { padding: 0 4pt 1pt 0; vertical-align: top; font-size: 6pt; }
			.body td:first-child { white-space: nowrap; }
			.foot { margin-top: 1.5mm; font-size: 4.5pt; border-top: 0.4pt solid #999; padding-top: 0.5mm; }
			""";

	private CardLayout() {
	}

	static String xhtml(Letterhead kop, DocumentText text, String bodyXhtml, DocumentLayout.SignatureBlock s) {
		StringBuilder html = new StringBuilder(2048 + bodyXhtml.length())
			.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\"><head><meta charset=\"UTF-8\"/><title>")
			.append(e(text.title())).append("</title><style>").append(STYLE).append("</style></head><body>")
			.append("<div class=\"head\"><div class=\"pemda\">").append(e(kop.pemda())).append("</div>");
		if (kop.opd() != null && !kop.opd().isBlank()) {
			html.append("<div class=\"opd\">").append(e(kop.opd())).append("</div>");
		}
		html.append("</div><table class=\"grid\"><tr><td class=\"main\"><h1>").append(e(text.title())).append("</h1>")
			.append("<div class=\"number\">").append(e(text.documentNumber())).append("</div>")
			.append("<div class=\"body\">").append(bodyXhtml).append("</div></td>")
			.append("<td class=\"side\"><img class=\"qr\" alt=\"QR\" src=\"").append(s.qrDataUri()).append("\"/>")
			.append("<div class=\"code\">").append(e(s.verificationCode())).append("</div></td></tr></table>")
			.append("<div class=\"foot\">Ditandatangani secara elektronik oleh ").append(e(s.name())).append(", ")
			.append(e(s.position())).append(" · ").append(e(s.placeAndDate())).append(". Periksa keaslian: pindai kode QR.")
			.append("</div></body></html>");
		return html.toString();
	}
}
