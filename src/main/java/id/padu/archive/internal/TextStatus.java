package id.padu.archive.internal;

/**
 * Whether a record's text is known: read from a born-digital PDF, waiting for OCR (a scan, or OCR is not installed
 * on this node), recognised by OCR, or failed; {@code NONE} for a record without files.
 */
public enum TextStatus {
	NONE, BORN_DIGITAL, WAITING_OCR, OCR_DONE, OCR_FAILED;

	public String messageKey() {
		return "archive.textStatus." + name();
	}
}
