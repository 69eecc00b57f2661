package id.padu.services.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working-day arithmetic for SLAs: Monday to Friday except the pemda's holidays. The day something starts
 * does not count; "3 working days" from a Friday ends on Wednesday, later if holidays fall in between.
 */
final class WorkingDays {

	private WorkingDays() {
	}

	static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !holidays.contains(day);
	}

	/** The {@code days}-th working day after {@code start}. */
	static LocalDate add(LocalDate start, int days, Set<LocalDate> holidays) {
		LocalDate day = start;
		int left = days;
		while (left > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day, holidays)) {
				left--;
			}
		}
		return day;
	}

	/**
	 * Working days from {@code today} up to and including {@code due}; zero when due today, negative (the
	 * working days already missed) when it has passed.
	 */
	static int remaining(LocalDate today, LocalDate due, Set<LocalDate> holidays) {
		int count = 0;
		if (due.isBefore(today)) {
			for (LocalDate day = due.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
				count -= isWorkingDay(day, holidays) ? 1 : 0;
			}
			return count;
		}
		for (LocalDate day = today.plusDays(1); !day.isAfter(due); day = day.plusDays(1)) {
			count += isWorkingDay(day, holidays) ? 1 : 0;
		}
		return count;
	}

	/** The longest span {@link #add} may need to look at for a given number of working days. */
	static int calendarSpan(int days) {
		return days * 3 + 30;
	}
}
