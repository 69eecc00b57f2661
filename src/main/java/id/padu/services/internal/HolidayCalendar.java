package id.padu.services.internal;

import id.padu.shared.web.Formats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The current pemda's SLA calendar: due dates fall at the end (23.59 WIB) of the N-th working day after
 * the day work starts, and countdowns count the working days left.
 */
@Component
@Transactional(readOnly = true)
class HolidayCalendar {

	private final HolidayRepository holidays;
	private final Clock clock;

	HolidayCalendar(HolidayRepository holidays, Clock clock) {
		this.holidays = holidays;
		this.clock = clock;
	}

	Instant dueAt(Instant start, int workingDays) {
		LocalDate from = start.atZone(Formats.JAKARTA).toLocalDate();
		LocalDate due = WorkingDays.add(from, workingDays,
				between(from, from.plusDays(WorkingDays.calendarSpan(workingDays))));
		return due.atTime(LocalTime.of(23, 59, 59)).atZone(Formats.JAKARTA).toInstant();
	}

	/** Working days left until a due date (negative: missed by that many), counted from today. */
	int remaining(Instant due) {
		return countdown().remaining(due);
	}

	/** Countdowns for a whole list: the holidays of a year either side of today are read once. */
	Countdown countdown() {
		LocalDate today = LocalDate.now(clock.withZone(Formats.JAKARTA));
		return new Countdown(today, between(today.minusYears(1), today.plusYears(1)));
	}

	record Countdown(LocalDate today, Set<LocalDate> holidays) {

		int remaining(Instant due) {
			return WorkingDays.remaining(today, due.atZone(Formats.JAKARTA).toLocalDate(), holidays);
		}
	}

	boolean isOverdue(Instant due) {
		return due != null && due.isBefore(clock.instant());
	}

	private Set<LocalDate> between(LocalDate from, LocalDate to) {
		return holidays.findByDayBetweenOrderByDay(from, to).stream().map(Holiday::day).collect(Collectors.toSet());
	}
}
