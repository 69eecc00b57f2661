package id.padu.admission.internal;

import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The notes an applicant reads in the application's timeline once results are out. Written in Indonesian, the
 * pemda's language, because the timeline keeps one text for everyone who reads it later.
 */
@Component
class AdmissionNotes {

	private static final Locale NOTES = AdmissionTexts.INDONESIAN;

	private final AdmissionTexts texts;

	AdmissionNotes(AdmissionTexts texts) {
		this.texts = texts;
	}

	String accepted(School school, Registration registration, int rank) {
		return texts.get(NOTES, "admission.note.accepted", school.name(), school.npsn(),
				texts.get(NOTES, "admission.path." + registration.path()), rank,
				texts.metres(registration.distanceTo(school.npsn()), registration.locationPrecision(), NOTES));
	}

	String notPlaced(Registration registration) {
		return texts.get(NOTES, "admission.note.notPlaced", texts.get(NOTES, "admission.path." + registration.path()),
				registration.choices().size());
	}

	String duplicate(Registration first) {
		return texts.get(NOTES, "admission.note.duplicate", first.trackingNumber());
	}

	String late(AdmissionPeriod period) {
		return texts.get(NOTES, "admission.note.late", period.title());
	}
}
