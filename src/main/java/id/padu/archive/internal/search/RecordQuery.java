package id.padu.archive.internal.search;

import id.padu.archive.internal.RecordMedia;

/**
 * A search of the archive: words (simple query syntax: quotes for a phrase, {@code -} to leave a word out), filters
 * and a page. {@code classification} is a main code ({@code 400}) or a full code ({@code 400.3.5}).
 */
public record RecordQuery(String text, String classification, String opd, Integer year, RecordMedia media, int page,
		int size) {

	public static final int DEFAULT_SIZE = 20;
	public static final int MAX_SIZE = 100;
	/** Hits beyond this depth are not paged to: the collector would hold them all; filters narrow the search. */
	public static final int MAX_DEPTH = 10_000;

	public RecordQuery {
		text = blankToNull(text);
		classification = blankToNull(classification);
		opd = blankToNull(opd);
		page = Math.max(page, 0);
		size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
	}

	public static RecordQuery of(String text) {
		return new RecordQuery(text, null, null, null, null, 0, DEFAULT_SIZE);
	}

	public boolean hasText() {
		return text != null;
	}

	/** The page starts past {@link #MAX_DEPTH}: it is answered as empty, so a client paging to the end stops. */
	boolean beyondReach() {
		return (long) page * size >= MAX_DEPTH;
	}

	boolean byMainCode() {
		return classification != null && classification.indexOf('.') < 0;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
