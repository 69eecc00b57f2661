package id.padu.admission.internal;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The dates of a period as the head of Dinas Pendidikan sets them. */
record PeriodDatesForm(
		@NotNull(message = "{admission.dates.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
		@NotNull(message = "{admission.dates.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
		@NotNull(message = "{admission.dates.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate announcementOn) {

	static PeriodDatesForm of(AdmissionPeriod period) {
		return new PeriodDatesForm(period.opensOn(), period.closesOn(), period.announcementOn());
	}
}
