package id.padu.admission.internal;

import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The ranking of one school in a period, path by path: before the announcement a provisional placement of
 * everyone verified so far (the same policy the announcement uses), after it the stored results. Applications
 * still in verification are listed after the ranked ones.
 */
@Service
@Transactional(readOnly = true)
class Rankings {

	/** One applicant in a school's ranking for a path; {@code rank} is null while not ranked. */
	record Row(Integer rank, UUID applicationId, String trackingNumber, String maskedName, Long distanceMetres,
			LocationPrecision precision, Integer score, int choice, RowStatus status) {
	}

	/** Where an applicant stands at this school. */
	enum RowStatus { IN_QUOTA, ELSEWHERE, OUTSIDE_QUOTA, IN_VERIFICATION, ACCEPTED, ACCEPTED_ELSEWHERE, NOT_PLACED }

	/** One path of the school: its seats and applicants in order. */
	record PathRanking(AdmissionPath path, int seats, List<Row> rows) {
	}

	record SchoolRanking(AdmissionPeriod period, School school, SchoolQuota quota, List<PathRanking> paths) {
	}

	private final Periods periods;
	private final RegistrationRepository registrations;

	Rankings(Periods periods, RegistrationRepository registrations) {
		this.periods = periods;
		this.registrations = registrations;
	}

	SchoolRanking of(UUID periodId, String npsn) {
		AdmissionPeriod period = periods.require(periodId);
		List<Periods.SchoolSeats> all = periods.schoolsOf(period);
		Periods.SchoolSeats here = all.stream().filter(s -> s.school().npsn().equals(npsn)).findFirst()
			.orElseThrow(() -> new NotFoundException("admission.school.notFound"));
		List<Registration> regs = registrations.findByPeriodIdAndStatusIn(periodId, Set.of(RegistrationStatus.SUBMITTED,
				RegistrationStatus.VERIFIED, RegistrationStatus.ACCEPTED, RegistrationStatus.NOT_PLACED));
		Map<UUID, PlacementPolicy.Placement> placed = period.announced() ? Map.of() : provisional(period, all, regs);
		List<PathRanking> paths = new ArrayList<>();
		for (AdmissionPath path : AdmissionPath.values()) {
			List<Registration> here1 = regs.stream().filter(r -> r.path() == path && r.choices().contains(npsn)).toList();
			Comparator<Candidate> order = RankingPolicy.at(npsn, path, period.level(), period.ageReferenceDate());
			List<Registration> ranked = here1.stream().filter(r -> r.status() != RegistrationStatus.SUBMITTED)
				.sorted((a, b) -> order.compare(a.candidate(), b.candidate())).toList();
			List<Row> rows = new ArrayList<>();
			for (int i = 0; i < ranked.size(); i++) {
				rows.add(row(ranked.get(i), i + 1, npsn, status(period, ranked.get(i), npsn, placed)));
			}
			here1.stream().filter(r -> r.status() == RegistrationStatus.SUBMITTED)
				.forEach(r -> rows.add(row(r, null, npsn, RowStatus.IN_VERIFICATION)));
			paths.add(new PathRanking(path, here.quota().seats(path), rows));
		}
		return new SchoolRanking(period, here.school(), here.quota(), paths);
	}

	private static Map<UUID, PlacementPolicy.Placement> provisional(AdmissionPeriod period, List<Periods.SchoolSeats> all,
			List<Registration> regs) {
		Map<PlacementPolicy.Seats, Integer> seats = new HashMap<>();
		all.forEach(s -> {
			for (AdmissionPath path : AdmissionPath.values()) {
				seats.put(new PlacementPolicy.Seats(s.school().npsn(), path), s.quota().seats(path));
			}
		});
		List<Candidate> verified = regs.stream().filter(r -> r.status() == RegistrationStatus.VERIFIED)
			.map(Registration::candidate).toList();
		return PlacementPolicy.place(period.level(), period.ageReferenceDate(), verified, seats);
	}

	private static RowStatus status(AdmissionPeriod period, Registration r, String npsn,
			Map<UUID, PlacementPolicy.Placement> placed) {
		if (period.announced()) {
			if (r.status() != RegistrationStatus.ACCEPTED) {
				return RowStatus.NOT_PLACED;
			}
			return npsn.equals(r.placedNpsn()) ? RowStatus.ACCEPTED : RowStatus.ACCEPTED_ELSEWHERE;
		}
		PlacementPolicy.Placement placement = placed.get(r.applicationId());
		if (placement == null) {
			return RowStatus.OUTSIDE_QUOTA;
		}
		return placement.npsn().equals(npsn) ? RowStatus.IN_QUOTA : RowStatus.ELSEWHERE;
	}

	private static Row row(Registration r, Integer rank, String npsn, RowStatus status) {
		return new Row(rank, r.applicationId(), r.trackingNumber(), r.maskedName(), r.distanceTo(npsn),
				r.locationPrecision(), r.score(), r.choices().indexOf(npsn) + 1, status);
	}
}
