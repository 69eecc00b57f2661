package id.padu.admission.internal;

import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Changing a school's capacity and seats per path in a period, checked by {@link QuotaPolicy}; refused once
 * the period's results are announced (they were computed with the old seats).
 */
@Service
@Transactional
class Quotas {

	private final Periods periods;
	private final QuotaRepository quotas;

	Quotas(Periods periods, QuotaRepository quotas) {
		this.periods = periods;
		this.quotas = quotas;
	}

	/** @throws QuotaRefusedException when the split breaks the period's shares */
	SchoolQuota change(UUID periodId, String npsn, QuotaPolicy.Split split) {
		AdmissionPeriod period = periods.require(periodId);
		if (period.announced()) {
			throw new BusinessRuleViolation("admission.quota.announced");
		}
		Periods.SchoolSeats seats = periods.schoolsOf(period).stream().filter(s -> s.school().npsn().equals(npsn))
			.findFirst().orElseThrow(() -> new NotFoundException("admission.school.notFound"));
		QuotaPolicy.check(period.level(), split, period.zonasiPercent(), period.afirmasiPercent(), period.mutasiPercent())
			.ifPresent(refusal -> {
				throw new QuotaRefusedException(refusal);
			});
		SchoolQuota quota = quotas.findById(seats.quota().getId()).orElseThrow();
		quota.change(split);
		return quota;
	}
}
