package id.padu.admission.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The age rules of Permendikbud 1/2021 (art. 5–6, kept by the 2025 SPMB rules), measured on 1 July of the
 * school year: SD takes children of at least 6 and at most 12 years, and those of 7 or more rank before
 * six-year-olds (the law obliges schools to take 7–12 first); SMP takes children of at most 15.
 */
final class AgePolicy {

	static final int SD_MIN = 6;
	static final int SD_PRIORITY = 7;
	static final int SD_MAX = 12;
	static final int SMP_MAX = 15;

	/** Why a child may not apply: a message key of the admission bundle and its arguments. */
	record Refusal(String messageKey, Object... args) {
	}

	private AgePolicy() {
	}

	static int ageOn(LocalDate birthDate, LocalDate on) {
		return Period.between(birthDate, on).getYears();
	}

	static Optional<Refusal> check(SchoolLevel level, LocalDate birthDate, LocalDate on) {
		int age = ageOn(birthDate, on);
		if (level == SchoolLevel.SD && age < SD_MIN) {
			return Optional.of(new Refusal("admission.age.sdTooYoung", age, SD_MIN));
		}
		if (level == SchoolLevel.SD && age > SD_MAX) {
			return Optional.of(new Refusal("admission.age.sdTooOld", age, SD_MAX));
		}
		if (level == SchoolLevel.SMP && age > SMP_MAX) {
			return Optional.of(new Refusal("admission.age.smpTooOld", age, SMP_MAX));
		}
		return Optional.empty();
	}

	/** SD ranks children of 7 and more before younger ones, whatever the path; SMP has no such group. */
	static boolean firstByAge(SchoolLevel level, LocalDate birthDate, LocalDate on) {
		return level == SchoolLevel.SD && birthDate != null && ageOn(birthDate, on) >= SD_PRIORITY;
	}
}
