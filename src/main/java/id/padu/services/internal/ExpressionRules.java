package id.padu.services.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the expressions of uploaded BPMN harmless. Flowable evaluates JUEL, which can call methods on any
 * object it reaches ({@code ${x.getClass()...}}); a bundle may only compare variables and literals:
 * names, numbers, quoted strings, comparison, logical and arithmetic operators and parentheses, with no
 * property access ({@code .}, {@code [}) and no function or method calls. Every {@code ${...}} and
 * {@code #{...}} anywhere in the file is checked, wherever Flowable might evaluate it.
 */
final class ExpressionRules {

	private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
	private static final Pattern TOKEN = Pattern.compile(
			"\\s+|(?<name>[A-Za-z_][A-Za-z0-9_]*)|\\d+(\\.\\d+)?|'[^'\\\\]*'|\"[^\"\\\\]*\"|==|!=|<=|>=|&&|\\|\\||[<>!+\\-*/%?:()]");

	private ExpressionRules() {
	}

	/** Every expression in the text that is not allowed, as written. */
	static List<String> forbidden(String xml) {
		List<String> found = new ArrayList<>();
		Matcher matcher = EXPRESSION.matcher(xml);
		while (matcher.find()) {
			if (!isSafe(matcher.group(1))) {
				found.add(matcher.group());
			}
		}
		return found;
	}

	static boolean isSafe(String body) {
		if (body.isBlank()) {
			return false;
		}
		Matcher token = TOKEN.matcher(body);
		int at = 0;
		boolean afterName = false;
		while (at < body.length()) {
			if (!token.find(at) || token.start() != at) {
				return false;
			}
			String text = token.group();
			if (text.equals("(") && afterName) {
				return false;
			}
			if (!text.isBlank()) {
				afterName = token.group("name") != null;
			}
			at = token.end();
		}
		return true;
	}

	/** Every name any expression in the text mentions: variables, step beans, and the odd keyword. */
	static Set<String> names(String xml) {
		Set<String> names = new HashSet<>();
		Matcher expression = EXPRESSION.matcher(xml);
		while (expression.find()) {
			Matcher token = TOKEN.matcher(expression.group(1));
			while (token.find()) {
				if (token.group("name") != null) {
					names.add(token.group("name"));
				}
			}
		}
		return Set.copyOf(names);
	}

	/** The bare variable or step name of an expression such as {@code ${opd}}, if it is only that. */
	static Optional<String> bareName(String expression) {
		Matcher matcher = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}").matcher(expression.strip());
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}
}
