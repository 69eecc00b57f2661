package id.padu.documents;

/**
 * Renders an unsigned document of the current pemda (e.g. a payment receipt): A4, the pemda's letterhead, the
 * title, the body, embedded fonts, PDF/A-3b.
 */
public interface PdfRenderer {

	/**
	 * @param title shown under the letterhead and kept as the PDF's title
	 * @param bodyXhtml an XHTML fragment; text must be escaped by the caller, markup must be well-formed
	 * @throws IllegalArgumentException when the body is not well-formed XHTML
	 */
	byte[] render(String title, String bodyXhtml);

	/** The same with the OPD's name under the pemda's in the letterhead (e.g. "Badan Pendapatan Daerah"). */
	byte[] render(String title, String bodyXhtml, String opdName);
}
