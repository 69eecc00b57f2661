package id.padu.documents.internal;

import id.padu.documents.IssueRequest;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.Nip;
import id.padu.shared.web.Formats;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Lays out a signed document (letterhead, body, signature block, QR code), renders it and signs it. */
@Component
class SignedDocumentRenderer {

	/** Official documents are in Indonesian whatever the signer's screen language: "23 November 2026". */
	static final DateTimeFormatter INDONESIAN_DATE = DateTimeFormatter.ofPattern("dd MMMM yyyy", new Locale("id", "ID"));

	private final Letterheads letterheads;

	SignedDocumentRenderer(Letterheads letterheads) {
		this.letterheads = letterheads;
	}

	byte[] renderAndSign(DocumentText text, String bodyXhtml, SignerProfile signer, SigningCredentials.Unlocked key,
			Instant signedAt, String code, String verificationUrl, IssueRequest.Layout layout, String closingXhtml) {
		Letterhead kop = letterheads.current(signer.opdName());
		String date = INDONESIAN_DATE.format(signedAt.atZone(Formats.JAKARTA));
		DocumentLayout.SignatureBlock block = new DocumentLayout.SignatureBlock(kop.place() + ", " + date,
				signer.position(), signer.name(), signer.nip() == null ? null : Nip.of(signer.nip()).formatted(),
				QrCodes.pngDataUri(verificationUrl), verificationUrl, code);
		byte[] pdf;
		try {
			pdf = XhtmlPdf.render(switch (layout) {
				case CARD -> CardLayout.xhtml(kop, text, bodyXhtml, block);
				case LETTER -> DocumentLayout.letterXhtml(kop, text, bodyXhtml, block, closingXhtml);
				case A4 -> DocumentLayout.xhtml(kop, text, bodyXhtml, block);
			});
		} catch (IllegalArgumentException e) {
			throw new BusinessRuleViolation("documents.issue.invalidBody");
		}
		return PadesSigner.sign(pdf, key.opened().key(), key.opened().chain(), new PadesSigner.Details(signer.name(),
				text.documentType() + " " + text.documentNumber(), kop.place(), signedAt));
	}
}
