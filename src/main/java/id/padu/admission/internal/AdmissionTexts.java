package id.padu.admission.internal;

import id.padu.shared.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/** Admission's words in the reader's language: messages, distances in metres, dates written out. */
@Component
class AdmissionTexts {

	static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

	private final MessageSource messages;

	AdmissionTexts(MessageSource messages) {
		this.messages = messages;
	}

	String get(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** "1.240 m"; a kelurahan reference point makes it "± 1.240 m". */
	String metres(Long metres, LocationPrecision precision, Locale locale) {
		if (metres == null) {
			return get(locale, "admission.distance.unknown");
		}
		String number = NumberFormat.getIntegerInstance(INDONESIAN).format(metres) + " m";
		return precision == LocationPrecision.KELURAHAN ? "± " + number : number;
	}

	static String date(LocalDate date, Locale locale) {
		return Formats.date(date, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN);
	}

	static LocalDate today(java.time.Clock clock) {
		return LocalDate.now(clock.withZone(Formats.JAKARTA));
	}
}
