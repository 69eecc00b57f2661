package id.padu.documents.internal;

import id.padu.documents.PdfRenderer;
import org.springframework.stereotype.Service;

/** Unsigned documents of the current pemda in its letterhead (receipts, drafts). */
@Service
class OpenHtmlPdfRenderer implements PdfRenderer {

	private final Letterheads letterheads;

	OpenHtmlPdfRenderer(Letterheads letterheads) {
		this.letterheads = letterheads;
	}

	@Override
	public byte[] render(String title, String bodyXhtml) {
		return render(title, bodyXhtml, null);
	}

	@Override
	public byte[] render(String title, String bodyXhtml, String opdName) {
		Letterhead kop = letterheads.current(opdName);
		return XhtmlPdf.render(DocumentLayout.xhtml(kop, new DocumentText(title, null, title), bodyXhtml, null));
	}
}
