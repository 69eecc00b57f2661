package id.padu.notification;

import java.util.List;
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
 * @param attachments files sent with it, none for most mails
 */
public record Email(String recipient, Locale locale, String template, Map<String, Object> model,
		List<Attachment> attachments) {

	public Email {
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(template, "template");
		locale = locale == null ? Locale.forLanguageTag("id") : locale;
		model = model == null ? Map.of() : Map.copyOf(model);
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** A mail without attachments. */
	public Email(String recipient, Locale locale, String template, Map<String, Object> model) {
		this(recipient, locale, template, model, List.of());
	}
}
