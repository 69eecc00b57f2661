package id.padu.services.internal;

import id.padu.services.WorkingDayCalendar;
import id.padu.shared.web.Formats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.padu.tenancy.TenantContext;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The current pemda's SLA calendar: due dates fall at the end (23.59 WIB) of the N-th working day after
 * the day work starts, and countdowns count the working days left. Every submission and every step asks for
 * a due date, and a pemda's holidays are a few dozen rows a year that change a few times a year, so they are
 * remembered per pemda: forgotten when this instance changes them (after the commit) and read again after
 * {@link #REMEMBER} anyway, so a change made on another instance reaches this one within that time.
 */
@Component
@Transactional(readOnly = true)
class HolidayCalendar implements WorkingDayCalendar {

	static final Duration REMEMBER = Duration.ofMinutes(5);

	private final HolidayRepository holidays;
	private final Clock clock;
	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

	private record Remembered(NavigableSet<LocalDate> days, long readAtNanos) {
	}

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

	@Override
	public LocalDate nextWorkingDay(LocalDate day) {
		return WorkingDays.add(day, 1, between(day, day.plusDays(WorkingDays.calendarSpan(1))));
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

	/** To be called in the transaction that adds or removes holidays of the current pemda. */
	void changed() {
		String tenant = TenantContext.require().value();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					remembered.remove(tenant);
				}
			});
		} else {
			remembered.remove(tenant);
		}
	}

	private Set<LocalDate> between(LocalDate from, LocalDate to) {
		return Collections.unmodifiableSet(all().subSet(from, true, to, true));
	}

	private NavigableSet<LocalDate> all() {
		String tenant = TenantContext.require().value();
		Remembered known = remembered.get(tenant);
		if (known == null || System.nanoTime() - known.readAtNanos() > REMEMBER.toNanos()) {
			long readAt = System.nanoTime();
			known = new Remembered(Collections.unmodifiableNavigableSet(holidays.findAll().stream().map(Holiday::day)
				.collect(Collectors.toCollection(TreeSet::new))), readAt);
			remembered.put(tenant, known);
		}
		return known.days();
	}
}
