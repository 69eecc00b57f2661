package id.padu.documents.internal;

import id.padu.shared.web.Formats;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Signs a PDF with PAdES baseline B-B: an incremental update adds an invisible signature field whose
 * {@code /Contents} is a detached CMS ({@code ETSI.CAdES.detached}) over the whole file except that value.
 */
final class PadesSigner {

	/** What the signature dictionary says besides the signature itself. */
	record Details(String signerName, String reason, String location, Instant signedAt) {
	}

	/** Room for the CMS: a chain of three RSA-4096 certificates (a BSrE-like import) still fits. */
	private static final int SIGNATURE_SIZE = 20_000;
	private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private PadesSigner() {
	}

	static byte[] sign(byte[] pdf, PrivateKey key, X509Certificate[] chain, Details details) {
		try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(details.signerName());
			signature.setReason(details.reason());
			signature.setLocation(details.location());
			// Set as text: PDSignature's own setter takes a Calendar, which Padu's code does not use.
			signature.getCOSObject().setString(COSName.M, pdfDate(details.signedAt()));
			options.setPreferredSignatureSize(SIGNATURE_SIZE);
			document.addSignature(signature, options);
			markPrinted(document);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 2 + 4096);
			ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
			external.setSignature(CadesSignatures.sign(external.getContent().readAllBytes(), key, chain));
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException("Could not sign the PDF", e);
		}
	}

	/**
	 * PDF/A wants every annotation printable, the invisible signature widget included. The form is read without
	 * PDFBox's default fix-up, which would add a Helvetica resource no page uses.
	 */
	private static void markPrinted(PDDocument document) {
		PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
		for (PDField field : form.getFieldTree()) {
			if (field instanceof PDSignatureField) {
				field.getWidgets().forEach(widget -> widget.setPrinted(true));
			}
		}
	}

	/** {@code D:YYYYMMDDHHmmSS+07'00'} in Asia/Jakarta, the form PDF dates take. */
	static String pdfDate(Instant instant) {
		ZonedDateTime local = instant.atZone(Formats.JAKARTA);
		ZoneOffset offset = local.getOffset();
		int minutes = Math.abs(offset.getTotalSeconds() / 60);
		String sign = offset.getTotalSeconds() < 0 ? "-" : "+";
		return "D:" + PDF_DATE.format(local) + sign + String.format("%02d'%02d'", minutes / 60, minutes % 60);
	}
}
