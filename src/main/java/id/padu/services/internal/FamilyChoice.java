package id.padu.services.internal;

import id.padu.registry.FamilyMember;
import id.padu.shared.Nik;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a {@code members} or {@code member} value: the chosen people must be living members of the
 * applicant's own Kartu Keluarga (or the applicant, when in none); a {@code member} field takes exactly one.
 */
final class FamilyChoice {

	private FamilyChoice() {
	}

	/** The clean value (NIKs joined with commas), or null with a problem added. */
	static String check(FormField f, String value, ApplicantSnapshot applicant, List<FieldProblem> problems) {
		Set<String> chosen = new LinkedHashSet<>();
		for (String nik : value.split(",")) {
			if (!nik.isBlank()) {
				chosen.add(nik.strip());
			}
		}
		if (chosen.isEmpty()) {
			if (f.required()) {
				problems.add(new FieldProblem(f.name(), "services.field.required"));
			}
			return null;
		}
		if (f.type() == FieldType.MEMBER && chosen.size() > 1) {
			problems.add(new FieldProblem(f.name(), "services.field.memberOne"));
			return null;
		}
		Set<String> living = applicant.livingMembers().stream().map(FamilyMember::nik).map(Nik::value)
			.collect(Collectors.toSet());
		if (!living.containsAll(chosen)) {
			problems.add(new FieldProblem(f.name(), "services.field.member"));
			return null;
		}
		return String.join(",", chosen);
	}
}
