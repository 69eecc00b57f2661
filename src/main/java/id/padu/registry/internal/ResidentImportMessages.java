package id.padu.registry.internal;

import org.springframework.context.MessageSource;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Import errors in the reader's language. Arguments are shown as written (row 12345, not 12.345):
 * they are row numbers, NIKs and values from the file, never amounts.
 */
final class ResidentImportMessages {

	/** One error line as the API and the result page show it. */
	record Line(long row, String column, String message) {
		Map<String, Object> json() {
			Map<String, Object> line = new java.util.LinkedHashMap<>();
			line.put("row", row);
			line.put("column", column);
			line.put("message", message);
			return line;
		}
	}

	private ResidentImportMessages() {
	}

	static String message(MessageSource messages, String key, Object[] args, Locale locale) {
		Object[] text = Arrays.stream(args).map(String::valueOf).toArray();
		return messages.getMessage(key, text, key, locale);
	}

	static List<Line> lines(MessageSource messages, List<ResidentImportError> errors, Locale locale) {
		return errors.stream()
			.map(e -> new Line(e.row(), e.column(), message(messages, e.messageKey(), e.args(), locale)))
			.toList();
	}
}
