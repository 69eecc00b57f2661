package id.padu.notification;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One e-mail to one person. {@code template} names a pair of templates under {@code templates/}
 * without extension, e.g. {@code identity/mail/signup-confirm}: the {@code .html} part is the HTML
 * body and its {@code <title>} the subject, the {@code .txt} part the plain-text body.
 *
 * @param recipient the address
 * @param locale    the recipient's language (Indonesian when unknown)
 * @param template  template pair name
 * @param model     values the templates show
 */
public record Email(String recipient, Locale locale, String template, Map<String, Object> model) {

	public Email {
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(template, "template");
		locale = locale == null ? Locale.forLanguageTag("id") : locale;
		model = model == null ? Map.of() : Map.copyOf(model);
	}
}
