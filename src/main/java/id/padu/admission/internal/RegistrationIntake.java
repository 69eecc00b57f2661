package id.padu.admission.internal;

import id.padu.registry.FamilyMember;
import id.padu.services.ApplicationCompleted;
import id.padu.services.ApplicationOutcome;
import id.padu.services.ApplicationProcesses;
import id.padu.shared.Nik;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the services events mean for admission, each handled under the period's row lock (so handlers and the
 * announcement take turns). Submitted: a registration is noted. Waiting at {@code announcement}: the officer
 * verified it; the values are taken again (a revision may have changed them), distances measured, and it is
 * ranked from now on, or, when the results are already out, finished at once as late. Completed as rejected
 * before the announcement: it is withdrawn from the ranking. Events may arrive in any order and twice.
 */
@Component
class RegistrationIntake {

	/** One application's event, reduced to what intake needs. */
	record Arrival(UUID applicationId, String trackingNumber, String serviceCode, Nik applicant, Map<String, String> data) {
	}

	private final PeriodRepository periods;
	private final Periods finder;
	private final RegistrationRepository registrations;
	private final Households households;
	private final ApplicationProcesses processes;
	private final AdmissionNotes notes;
	private final Clock clock;

	RegistrationIntake(PeriodRepository periods, Periods finder, RegistrationRepository registrations,
			Households households, ApplicationProcesses processes, AdmissionNotes notes, Clock clock) {
		this.periods = periods;
		this.finder = finder;
		this.registrations = registrations;
		this.households = households;
		this.processes = processes;
		this.notes = notes;
		this.clock = clock;
	}

	void submitted(Arrival arrival) {
		lockedPeriod(arrival.serviceCode()).ifPresent(period -> {
			if (registrations.findByApplicationId(arrival.applicationId()).isEmpty()) {
				Registration registration = new Registration(arrival.applicationId(), period.getId(),
						arrival.trackingNumber(), clock.instant());
				describe(registration, period, arrival);
				registrations.save(registration);
			}
		});
	}

	void verified(Arrival arrival) {
		lockedPeriod(arrival.serviceCode()).ifPresent(period -> {
			Registration registration = registrations.findByApplicationId(arrival.applicationId())
				.orElseGet(() -> new Registration(arrival.applicationId(), period.getId(), arrival.trackingNumber(),
						clock.instant()));
			if (registration.status().announced()) {
				return;
			}
			describe(registration, period, arrival);
			registration.verified(clock.instant());
			registrations.save(registration);
			if (period.announced()) {
				String note = notes.late(period);
				registration.close(RegistrationStatus.LATE, null, null, note);
				processes.resume(arrival.applicationId(), AdmissionForm.WAIT_POINT, false, note);
			}
		});
	}

	/**
	 * Refused at verification: withdrawn from the ranking. When the refusal overtook the submission's own event,
	 * a withdrawn placeholder is kept so the late submission event does not rank it after all.
	 */
	void completed(ApplicationCompleted completed) {
		if (completed.outcome() != ApplicationOutcome.REJECTED) {
			return;
		}
		lockedPeriod(completed.serviceCode()).ifPresent(period -> {
			Registration registration = registrations.findByApplicationId(completed.applicationId())
				.orElseGet(() -> registrations.save(Registration.placeholder(completed.applicationId(), period.getId(),
						completed.trackingNumber(), clock.instant())));
			if (!registration.status().announced()) {
				registration.close(RegistrationStatus.WITHDRAWN, null, null, null);
			}
		});
	}

	private Optional<AdmissionPeriod> lockedPeriod(String serviceCode) {
		return finder.current(serviceCode).flatMap(p -> periods.lock(p.getId()));
	}

	private void describe(Registration registration, AdmissionPeriod period, Arrival arrival) {
		Map<String, String> data = arrival.data();
		Optional<Household> household = households.of(arrival.applicant());
		String childNik = data.getOrDefault(AdmissionForm.CHILD, "");
		Optional<FamilyMember> child = household.flatMap(h -> h.child(childNik));
		List<String> choices = new ArrayList<>();
		AdmissionForm.CHOICES.stream().map(data::get).filter(c -> c != null && !choices.contains(c)).forEach(choices::add);
		Map<String, Long> distances = new HashMap<>();
		for (Periods.SchoolSeats seats : finder.schoolsOf(period)) {
			if (choices.contains(seats.school().npsn())) {
				household.flatMap(h -> h.metresTo(seats.school())).ifPresent(m -> distances.put(seats.school().npsn(), m));
			}
		}
		String score = data.get(AdmissionForm.SCORE);
		registration.describe(new RegistrationData(childNik,
				NameMask.mask(child.map(FamilyMember::fullName).orElse(null)),
				child.map(FamilyMember::birthDate).orElse(null),
				AdmissionPath.of(data.getOrDefault(AdmissionForm.PATH, "")).orElse(AdmissionPath.ZONASI), choices,
				distances, household.map(Household::precision).orElse(LocationPrecision.NONE),
				score == null ? null : Integer.valueOf(score)));
	}
}
