package id.padu.archive.internal;

/**
 * The text read from a record's files: {@code needsOcr} when at least one file is a scan (an image, or a PDF
 * whose pages carry no text layer); {@code pages} null when unknown.
 */
record ReadText(String text, Integer pages, boolean needsOcr) {

	static final ReadText NOTHING = new ReadText(null, null, false);

	static ReadText scan(Integer pages) {
		return new ReadText(null, pages, true);
	}

	ReadText and(ReadText other) {
		String joined = text == null ? other.text : other.text == null ? text : text + "\n\n" + other.text;
		// Boxed on purpose: with a bare int sum the conditional unboxes a null page count and throws.
		Integer total = pages == null ? other.pages : other.pages == null ? pages : Integer.valueOf(pages + other.pages);
		return new ReadText(joined, total, needsOcr || other.needsOcr);
	}
}
