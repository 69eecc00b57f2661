package id.padu.admission.internal;

import id.padu.services.ApplicationProcesses;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Announces a period's results once, on or after its announcement date, in one transaction: verified
 * registrations are placed ({@link PlacementPolicy}; a child registered twice keeps the first registration),
 * each result is stored, and every waiting application is finished through
 * {@link ApplicationProcesses#resume} with a note naming the school and path or why there is no place. A
 * second announcement finds the period announced and changes nothing. Applications still being verified are
 * not ranked; they finish as late when their verification ends ({@link RegistrationIntake}).
 */
@Service
@Transactional
class Announcements {

	/** What an announcement did (or, repeated, had done). */
	record Outcome(UUID periodId, Instant announcedAt, String announcedBy, long accepted, long notPlaced,
			long stillInVerification, boolean repeated) {
	}

	private final PeriodRepository periods;
	private final Periods finder;
	private final RegistrationRepository registrations;
	private final ApplicationProcesses processes;
	private final AdmissionNotes notes;
	private final Clock clock;

	Announcements(PeriodRepository periods, Periods finder, RegistrationRepository registrations,
			ApplicationProcesses processes, AdmissionNotes notes, Clock clock) {
		this.periods = periods;
		this.finder = finder;
		this.registrations = registrations;
		this.processes = processes;
		this.notes = notes;
		this.clock = clock;
	}

	Outcome announce(UUID periodId, String by) {
		AdmissionPeriod period = periods.lock(periodId).orElseThrow(() -> new NotFoundException("admission.period.notFound"));
		if (period.announced()) {
			return outcome(period, true);
		}
		if (finder.today().isBefore(period.announcementOn())) {
			throw new BusinessRuleViolation("admission.announce.tooEarly",
					AdmissionTexts.date(period.announcementOn(), AdmissionTexts.INDONESIAN));
		}
		Map<String, School> schools = new HashMap<>();
		Map<PlacementPolicy.Seats, Integer> seats = new HashMap<>();
		for (Periods.SchoolSeats s : finder.schoolsOf(period)) {
			schools.put(s.school().npsn(), s.school());
			for (AdmissionPath path : AdmissionPath.values()) {
				seats.put(new PlacementPolicy.Seats(s.school().npsn(), path), s.quota().seats(path));
			}
		}
		List<Registration> verified = registrations.findByPeriodIdAndStatusIn(periodId, Set.of(RegistrationStatus.VERIFIED))
			.stream().sorted(Comparator.comparing(Registration::submittedAt)).toList();
		Map<String, Registration> firstOfChild = new HashMap<>();
		List<Registration> ranked = new ArrayList<>();
		for (Registration registration : verified) {
			Registration first = firstOfChild.putIfAbsent(registration.childNik(), registration);
			if (first == null) {
				ranked.add(registration);
			} else {
				finish(registration, RegistrationStatus.WITHDRAWN, null, null, notes.duplicate(first), false);
			}
		}
		Map<UUID, PlacementPolicy.Placement> placed = PlacementPolicy.place(period.level(), period.ageReferenceDate(),
				ranked.stream().map(Registration::candidate).toList(), seats);
		for (Registration registration : ranked) {
			PlacementPolicy.Placement placement = placed.get(registration.applicationId());
			if (placement != null) {
				School school = schools.get(placement.npsn());
				finish(registration, RegistrationStatus.ACCEPTED, placement.npsn(), placement.rank(),
						notes.accepted(school, registration, placement.rank()), true);
			} else {
				finish(registration, RegistrationStatus.NOT_PLACED, null, null, notes.notPlaced(registration), false);
			}
		}
		// Stored to the microsecond by both databases: the first answer then equals every repeated one.
		period.announce(clock.instant().truncatedTo(ChronoUnit.MICROS), by);
		return outcome(period, false);
	}

	private void finish(Registration registration, RegistrationStatus status, String npsn, Integer rank, String note,
			boolean accepted) {
		registration.close(status, npsn, rank, note);
		processes.resume(registration.applicationId(), AdmissionForm.WAIT_POINT, accepted, note);
	}

	private Outcome outcome(AdmissionPeriod period, boolean repeated) {
		UUID id = period.getId();
		return new Outcome(id, period.announcedAt(), period.announcedBy(),
				registrations.countByPeriodIdAndStatus(id, RegistrationStatus.ACCEPTED),
				registrations.countByPeriodIdAndStatus(id, RegistrationStatus.NOT_PLACED),
				registrations.countByPeriodIdAndStatus(id, RegistrationStatus.SUBMITTED), repeated);
	}
}
