package id.padu.services.internal;

import id.padu.registry.FamilyMember;
import id.padu.registry.Gender;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry's rules for a birth that can be checked when the parent applies, so they stand next to the
 * field instead of surfacing only when the head signs: the mother is a woman on the applicant's Kartu
 * Keluarga, the father a man, the child is born neither in the future nor before the mother, and the two
 * witnesses are two people. What can change in between (the mother moves out, a parent dies) the registry
 * checks again at signing, and refuses the whole decision.
 */
final class BirthPolicy {

	private BirthPolicy() {
	}

	static void check(Map<String, String> values, ApplicantSnapshot applicant, LocalDate today,
			List<FieldProblem> problems) {
		Optional<FamilyMember> mother = member(values.get(RegistryBirthFields.MOTHER), applicant);
		if (mother.isPresent() && mother.get().gender() != Gender.P) {
			problems.add(new FieldProblem(RegistryBirthFields.MOTHER, "services.civil.birth.motherNotFemale"));
		} else if (mother.isPresent() && applicant.family() == null) {
			problems.add(new FieldProblem(RegistryBirthFields.MOTHER, "services.civil.birth.noFamily"));
		}
		member(values.get(RegistryBirthFields.FATHER), applicant).filter(f -> f.gender() != Gender.L)
			.ifPresent(f -> problems.add(new FieldProblem(RegistryBirthFields.FATHER, "services.civil.birth.fatherNotMale")));
		String date = values.get(RegistryBirthFields.DATE);
		if (date != null) {
			LocalDate born = LocalDate.parse(date);
			if (born.isAfter(today)) {
				problems.add(new FieldProblem(RegistryBirthFields.DATE, "services.civil.birth.future"));
			} else if (mother.isPresent() && mother.get().birthDate() != null && !born.isAfter(mother.get().birthDate())) {
				problems.add(new FieldProblem(RegistryBirthFields.DATE, "services.civil.birth.beforeMother"));
			}
		}
		String first = values.get(RegistryBirthFields.WITNESS_1);
		if (first != null && first.equals(values.get(RegistryBirthFields.WITNESS_2))) {
			problems.add(new FieldProblem(RegistryBirthFields.WITNESS_2, "services.civil.birth.sameWitness"));
		}
	}

	private static Optional<FamilyMember> member(String nik, ApplicantSnapshot applicant) {
		if (nik == null) {
			return Optional.empty();
		}
		return applicant.livingMembers().stream().filter(m -> m.nik().value().equals(nik)).findFirst();
	}
}
