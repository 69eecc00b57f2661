package id.padu.documents.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Recognises the accepted types by their signature ("magic bytes") at the very start of the content.
 * The file name and the browser's Content-Type are ignored: both are chosen by the uploader, so an
 * HTML page or a program renamed to {@code .pdf} would otherwise be served as a document.
 */
final class MediaTypeDetector {

	static final String PDF = "application/pdf";
	static final String PNG = "image/png";
	static final String JPEG = "image/jpeg";
	static final String TIFF = "image/tiff";

	/** How many leading bytes the detection needs. */
	static final int HEAD = 8;

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };
	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
	// Little-endian ("II*\0") and big-endian ("MM\0*") TIFF, as scanners write them.
	private static final byte[] TIFF_LE_MAGIC = { 'I', 'I', 42, 0 };
	private static final byte[] TIFF_BE_MAGIC = { 'M', 'M', 0, 42 };

	private MediaTypeDetector() {
	}

	static Optional<String> detect(byte[] head, int length) {
		if (startsWith(head, length, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(head, length, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(head, length, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		if (startsWith(head, length, TIFF_LE_MAGIC) || startsWith(head, length, TIFF_BE_MAGIC)) {
			return Optional.of(TIFF);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] head, int length, byte[] magic) {
		return length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}
}
