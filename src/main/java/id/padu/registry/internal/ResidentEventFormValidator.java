package id.padu.registry.internal;

import id.padu.registry.IdentifierRules;
import id.padu.registry.ResidentRecord;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.Nik;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import java.time.LocalDate;

/**
 * Cross-field rules of the forms about one resident, checked before the registry is asked: the date
 * lies between the resident's birth and today; the destination is a kecamatan or kelurahan outside the
 * pemda; the spouse's NIK is well-formed, of a known kecamatan and not the resident's own. The registry
 * checks the rest (status, marital status, the spouse's record) in its own transaction.
 */
class ResidentEventFormValidator implements Validator {

	private final ResidentRecord subject;
	private final LocalDate today;
	private final IdentifierRules identifiers;
	private final WilayahChoices areas;

	ResidentEventFormValidator(ResidentRecord subject, LocalDate today, IdentifierRules identifiers,
			WilayahChoices areas) {
		this.subject = subject;
		this.today = today;
		this.identifiers = identifiers;
		this.areas = areas;
	}

	@Override
	public boolean supports(Class<?> type) {
		return type == DeathForm.class || type == MoveOutForm.class || type == CoupleEventForm.class;
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (target instanceof DeathForm death) {
			checkDate(death.getDate(), subject.birthDate(), today, "date", errors);
		} else if (target instanceof MoveOutForm move) {
			checkDate(move.getDate(), subject.birthDate(), today, "date", errors);
			areas.validate(move, "destinationQuery", MoveAreas.Direction.DESTINATION, errors);
		} else if (target instanceof CoupleEventForm couple) {
			checkDate(couple.getDate(), subject.birthDate(), today, "date", errors);
			checkSpouse(couple.getSpouseNik(), errors);
		}
	}

	private void checkSpouse(String spouseNik, Errors errors) {
		if (spouseNik == null || errors.hasFieldErrors("spouseNik")) {
			return;
		}
		try {
			Nik spouse = identifiers.nik(spouseNik);
			if (spouse.equals(subject.nik())) {
				errors.rejectValue("spouseNik", "registry.marriage.samePerson");
			}
		} catch (InvalidIdentifierException e) {
			errors.rejectValue("spouseNik", e.messageKey(), e.arguments(), e.messageKey());
		}
	}

	/** A date of an event: not in the future, not before the person was born. */
	static void checkDate(LocalDate date, LocalDate birthDate, LocalDate today, String field, Errors errors) {
		if (date == null || errors.hasFieldErrors(field)) {
			return;
		}
		if (date.isAfter(today)) {
			errors.rejectValue(field, "registry.event.future");
		} else if (birthDate != null && date.isBefore(birthDate)) {
			errors.rejectValue(field, "registry.event.beforeBirth");
		}
	}
}
