package id.padu.registry.internal;

import id.padu.registry.Purpose;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Turns a chosen purpose into the text that is logged. Always in Indonesian, whatever language the
 * staff member reads in, so that the citizen's log reads the same for everyone.
 */
@Component
class Purposes {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final MessageSource messages;

	Purposes(MessageSource messages) {
		this.messages = messages;
	}

	Purpose of(AccessPurposeForm form) {
		if (AccessPurposeForm.OTHER.equals(form.getChoice())) {
			return new Purpose(form.getOther());
		}
		return new Purpose(messages.getMessage("registry.purpose.choice." + form.getChoice(), null, INDONESIAN));
	}

	/** What a citizen's own reads are logged as. */
	Purpose owner() {
		return new Purpose(messages.getMessage("registry.purpose.owner", null, INDONESIAN));
	}
}
