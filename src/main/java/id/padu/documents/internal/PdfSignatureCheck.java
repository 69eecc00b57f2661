package id.padu.documents.internal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import java.io.IOException;
import java.security.cert.X509Certificate;

/**
 * Checks the signature of a PDF against a registered certificate: the last signature must cover the whole file
 * but its own value (so nothing was appended after signing) and its CMS must verify over exactly those bytes.
 */
final class PdfSignatureCheck {

	private PdfSignatureCheck() {
	}

	static boolean isValid(byte[] pdf, X509Certificate registered) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = lastSignature(document);
			if (signature == null) {
				return false;
			}
			int[] range = signature.getByteRange();
			if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1]
					|| (long) range[2] + range[3] != pdf.length) {
				return false;
			}
			return CadesSignatures.verify(signature.getContents(pdf), signature.getSignedContent(pdf), registered);
		} catch (IOException | RuntimeException e) {
			// Not a PDF, or a damaged one: in any case not the signed document.
			return false;
		}
	}

	/** The signature that ends last in the file; the form is read without PDFBox's fix-ups, which would change it. */
	private static PDSignature lastSignature(PDDocument document) {
		PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
		if (form == null) {
			return null;
		}
		PDSignature last = null;
		for (PDField field : form.getFieldTree()) {
			if (field instanceof PDSignatureField signatureField && signatureField.getSignature() != null) {
				PDSignature signature = signatureField.getSignature();
				int[] range = signature.getByteRange();
				if (last == null || range.length == 4 && end(range) > end(last.getByteRange())) {
					last = signature;
				}
			}
		}
		return last;
	}

	private static long end(int[] range) {
		return range.length == 4 ? (long) range[2] + range[3] : -1;
	}
}
