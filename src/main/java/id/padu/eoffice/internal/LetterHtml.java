package id.padu.eoffice.internal;

import id.padu.shared.BusinessRuleViolation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * The body of a letter as drafted in the browser, cleaned with an allow-list before it is stored: the body is
 * rendered into a signed PDF and shown on pages, so only plain text formatting survives (paragraphs, bold,
 * italic, underline, lists, simple tables, line breaks); scripts, styles, links, images and every attribute but
 * a table cell's span are dropped. The result is well-formed XHTML, as the PDF renderer needs.
 */
final class LetterHtml {

	static final int MAX_LENGTH = 100_000;

	private static final Safelist ALLOWED = new Safelist()
		.addTags("p", "br", "b", "strong", "i", "em", "u", "ol", "ul", "li", "table", "thead", "tbody", "tr", "td",
				"th", "blockquote", "div")
		.addAttributes("td", "colspan", "rowspan").addAttributes("th", "colspan", "rowspan");

	private LetterHtml() {
	}

	/** @throws BusinessRuleViolation ({@code eoffice.letter.body}) when nothing readable is left or it is too long */
	static String sanitize(String html) {
		if (html == null || html.length() > MAX_LENGTH) {
			throw new BusinessRuleViolation("eoffice.letter.body");
		}
		Document.OutputSettings xhtml = new Document.OutputSettings().syntax(Document.OutputSettings.Syntax.xml)
			.escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8").prettyPrint(false);
		String clean = Jsoup.clean(html, "", ALLOWED, xhtml).strip();
		if (Jsoup.parse(clean).text().isBlank()) {
			throw new BusinessRuleViolation("eoffice.letter.body");
		}
		return clean;
	}

	/** Plain text (e.g. an API caller's body without markup) as paragraphs. */
	static String fromPlainText(String text) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : text.strip().split("\\R\\s*\\R")) {
			html.append("<p>").append(Entities.escape(paragraph.strip()).replaceAll("\\R", "<br/>")).append("</p>");
		}
		return html.toString();
	}

	/** Whether the text already carries markup (then it is sanitized as HTML). */
	static boolean looksLikeHtml(String text) {
		return text != null && text.matches("(?s).*<[a-zA-Z/][^>]*>.*");
	}
}
