package id.padu.eoffice.internal.incoming;

import java.time.LocalDate;

/**
 * When an open disposition is reminded of and when it is escalated: a reminder on the working day before the
 * deadline (a deadline on Monday is reminded of on Friday, or on Thursday when Friday is a holiday: the pemda's
 * {@link id.padu.services.WorkingDayCalendar} says which day is next), escalation to the disposer from the day after
 * the deadline.
 */
final class ReminderPolicy {

	private ReminderPolicy() {
	}

	/** Due today or by {@code nextWorkingDay}, the latest deadline reminded of today. */
	static boolean dueForReminder(LocalDate deadline, LocalDate today, LocalDate nextWorkingDay) {
		return deadline != null && !deadline.isBefore(today) && !deadline.isAfter(nextWorkingDay);
	}

	static boolean overdue(LocalDate deadline, LocalDate today) {
		return deadline != null && deadline.isBefore(today);
	}
}
