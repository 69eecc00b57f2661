package id.padu.registry.internal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The "keterangan" a life event keeps, written from a form's fields. Always in Indonesian whatever
 * language the officer reads in, like {@link Purposes}, so the history reads the same for everyone.
 */
@Component
class LifeEventDetails {

	private final MessageSource messages;

	LifeEventDetails(MessageSource messages) {
		this.messages = messages;
	}

	String death(DeathForm form) {
		return join(part("registry.lifeEvent.details.deathPlace", form.getPlace()),
				part("registry.lifeEvent.details.deathCause", form.getCause()),
				part("registry.lifeEvent.details.deathCertificate", form.getCertificate()));
	}

	String moveOut(MoveOutForm form) {
		return join(part("registry.lifeEvent.details.reason", form.getReason()),
				part("registry.lifeEvent.details.address", form.getAddress()),
				part("registry.lifeEvent.details.skpwni", form.getCertificate()));
	}

	String marriage(CoupleEventForm form) {
		return join(part("registry.lifeEvent.details.marriageCertificate", form.getCertificate()));
	}

	String divorce(CoupleEventForm form) {
		return join(part("registry.lifeEvent.details.divorceCertificate", form.getCertificate()));
	}

	String birth(BirthForm form) {
		return join(part("registry.lifeEvent.details.birthCertificate", form.getCertificate()), form.getDetails());
	}

	String moveIn(MoveInForm form) {
		return join(part("registry.lifeEvent.details.skpwni", form.getCertificate()));
	}

	private String part(String key, String value) {
		return value == null ? null : messages.getMessage(key, new Object[] { value }, Purposes.INDONESIAN);
	}

	private static String join(String... parts) {
		List<String> given = new ArrayList<>();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				given.add(part);
			}
		}
		return given.isEmpty() ? null : String.join("; ", given);
	}

	/** Form text as kept: stripped, null when empty. */
	static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** A typed NIK: spaces removed (people copy them in groups of four), null when empty. */
	static String digits(String text) {
		return text == null || text.isBlank() ? null : text.replace(" ", "").strip();
	}
}
