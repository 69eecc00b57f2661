package id.padu.admission.internal;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The order of the applicants of one path at one school. Domisili/zonasi, afirmasi and mutasi: shorter
 * distance from home to this school first; prestasi: higher score first, then shorter distance. Ties go to the
 * older child (earlier birth date), then the earlier submission; the application id settles the rest so a
 * ranking never depends on the order rows were read. SD ranks children of 7 or more before younger ones
 * ({@link AgePolicy#firstByAge}). Unknown distances, scores and birth dates rank last.
 */
final class RankingPolicy {

	private RankingPolicy() {
	}

	static Comparator<Candidate> at(String npsn, AdmissionPath path, SchoolLevel level, LocalDate referenceDate) {
		Comparator<Candidate> byAgeGroup = Comparator
			.comparing((Candidate c) -> !AgePolicy.firstByAge(level, c.birthDate(), referenceDate));
		Comparator<Candidate> byDistance = Comparator.comparing((Candidate c) -> c.distanceTo(npsn),
				Comparator.nullsLast(Comparator.naturalOrder()));
		Comparator<Candidate> main = path == AdmissionPath.PRESTASI
				? Comparator.comparing(Candidate::score, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
					.thenComparing(byDistance)
				: byDistance;
		return byAgeGroup.thenComparing(main)
			.thenComparing(Candidate::birthDate, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Candidate::submittedAt)
			.thenComparing(Candidate::id);
	}
}
