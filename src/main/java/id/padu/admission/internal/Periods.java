package id.padu.admission.internal;

import id.padu.shared.NotFoundException;
import id.padu.shared.web.Formats;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Finding periods: the one a bundle's applications belong to today, and the schools taking part in it. */
@Component
class Periods {

	private final PeriodRepository periods;
	private final QuotaRepository quotas;
	private final SchoolRepository schools;
	private final Clock clock;

	Periods(PeriodRepository periods, QuotaRepository quotas, SchoolRepository schools, Clock clock) {
		this.periods = periods;
		this.quotas = quotas;
		this.schools = schools;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.JAKARTA));
	}

	/** The latest period of the bundle that has opened, whether or not registration is still open. */
	Optional<AdmissionPeriod> current(String serviceCode) {
		return periods.findFirstByServiceCodeAndOpensOnLessThanEqualOrderByOpensOnDesc(serviceCode, today());
	}

	Optional<AdmissionPeriod> open(String serviceCode) {
		return current(serviceCode).filter(p -> p.isOpen(today()));
	}

	AdmissionPeriod require(UUID id) {
		return periods.findById(id).orElseThrow(() -> new NotFoundException("admission.period.notFound"));
	}

	/** The schools of the period's level that have seats in it, with their quota, by name. */
	List<SchoolSeats> schoolsOf(AdmissionPeriod period) {
		List<SchoolQuota> seats = quotas.findByPeriodId(period.getId());
		Map<UUID, School> byId = schools.findAllById(seats.stream().map(SchoolQuota::schoolId).toList()).stream()
			.collect(Collectors.toMap(School::getId, s -> s));
		return seats.stream().filter(q -> byId.containsKey(q.schoolId()))
			.map(q -> new SchoolSeats(byId.get(q.schoolId()), q))
			.filter(s -> s.school().level() == period.level())
			.sorted(Comparator.comparing((SchoolSeats s) -> s.school().name().length())
				.thenComparing(s -> s.school().name()))
			.toList();
	}

	/** A school with its seats in one period. */
	record SchoolSeats(School school, SchoolQuota quota) {
	}
}
