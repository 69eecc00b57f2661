package id.padu.archive.internal.search;

import id.padu.archive.internal.RecordMedia;
import id.padu.classification.SecurityClass;

import org.springframework.web.util.HtmlUtils;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One record found. {@code snippet} is plain text; {@code marked} is the same passage with the matched words
 * between {@link #MARK_START} and {@link #MARK_END}, for a page to highlight after escaping.
 */
public record RecordHit(UUID id, String title, String classificationCode, LocalDate date, String creatorUnit,
		RecordMedia media, SecurityClass securityClass, UUID berkasId, String snippet, String marked) {

	public static final String MARK_START = "\u0001";
	public static final String MARK_END = "\u0002";

	/** The snippet as HTML: the text escaped, the matched words in {@code <mark>}. */
	public String markedHtml() {
		return marked == null ? null
				: HtmlUtils.htmlEscape(marked).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
	}
}
