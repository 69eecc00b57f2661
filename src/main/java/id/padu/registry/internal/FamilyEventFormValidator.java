package id.padu.registry.internal;

import id.padu.registry.FamilyMember;
import id.padu.registry.FamilyRecord;
import id.padu.registry.Gender;
import id.padu.registry.IdentifierRules;
import id.padu.registry.ResidentStatus;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.Nik;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Cross-field rules of the forms on a family card, checked before the registry is asked. A birth: born
 * no later than today, to a woman on this card who did not move away, the father's NIK (if given)
 * well-formed and not the mother's. A move in: the NIK agrees with the birth date and gender, the move
 * happened between birth and today, the origin is a kecamatan or kelurahan outside the pemda.
 */
class FamilyEventFormValidator implements Validator {

	private final FamilyRecord family;
	private final LocalDate today;
	private final IdentifierRules identifiers;
	private final WilayahChoices areas;

	FamilyEventFormValidator(FamilyRecord family, LocalDate today, IdentifierRules identifiers, WilayahChoices areas) {
		this.family = family;
		this.today = today;
		this.identifiers = identifiers;
		this.areas = areas;
	}

	@Override
	public boolean supports(Class<?> type) {
		return type == BirthForm.class || type == MoveInForm.class;
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (target instanceof BirthForm birth) {
			ResidentEventFormValidator.checkDate(birth.getBirthDate(), null, today, "birthDate", errors);
			checkMother(birth.getMotherNik(), errors);
			checkFather(birth.getFatherNik(), birth.getMotherNik(), errors);
		} else if (target instanceof MoveInForm move) {
			checkNik(move, errors);
			ResidentEventFormValidator.checkDate(move.getBirthDate(), null, today, "birthDate", errors);
			ResidentEventFormValidator.checkDate(move.getDate(), move.getBirthDate(), today, "date", errors);
			areas.validate(move, "originQuery", MoveAreas.Direction.ORIGIN, errors);
		}
	}

	private void checkMother(String motherNik, Errors errors) {
		if (motherNik == null) {
			return;
		}
		Optional<FamilyMember> mother = family.members().stream().filter(m -> m.nik().value().equals(motherNik)).findFirst();
		if (mother.isEmpty() || mother.get().gender() != Gender.P) {
			errors.rejectValue("motherNik", "registry.lifeEvent.mother.notOnCard");
		} else if (mother.get().status() == ResidentStatus.PINDAH) {
			errors.rejectValue("motherNik", "registry.birth.motherMovedOut");
		}
	}

	private void checkFather(String fatherNik, String motherNik, Errors errors) {
		if (fatherNik == null) {
			return;
		}
		try {
			identifiers.nik(fatherNik);
			if (fatherNik.equals(motherNik)) {
				errors.rejectValue("fatherNik", "registry.lifeEvent.father.isMother");
			}
		} catch (InvalidIdentifierException e) {
			errors.rejectValue("fatherNik", e.messageKey(), e.arguments(), e.messageKey());
		}
	}

	private void checkNik(MoveInForm move, Errors errors) {
		if (move.getNik() == null) {
			return;
		}
		try {
			Nik nik = identifiers.nik(move.getNik());
			if (move.getBirthDate() != null && move.getGender() != null) {
				identifiers.checkNik(nik, move.getBirthDate(), move.getGender());
			}
		} catch (InvalidIdentifierException e) {
			errors.rejectValue("nik", e.messageKey(), e.arguments(), e.messageKey());
		}
	}
}
