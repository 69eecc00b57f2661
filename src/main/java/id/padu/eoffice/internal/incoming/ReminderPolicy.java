package id.padu.eoffice.internal.incoming;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * When an open disposition is reminded of and when it is escalated: a reminder on the working day before the
 * deadline (a deadline on Monday is reminded of on Friday), escalation to the disposer from the day after the
 * deadline. Working days are Monday to Friday; the services module's holiday calendar is internal to it.
 */
final class ReminderPolicy {

	private ReminderPolicy() {
	}

	/** The latest deadline that is reminded of today: the next working day. */
	static LocalDate remindUpTo(LocalDate today) {
		LocalDate next = today.plusDays(1);
		while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
			next = next.plusDays(1);
		}
		return next;
	}

	static boolean dueForReminder(LocalDate deadline, LocalDate today) {
		return deadline != null && !deadline.isBefore(today) && !deadline.isAfter(remindUpTo(today));
	}

	static boolean overdue(LocalDate deadline, LocalDate today) {
		return deadline != null && deadline.isBefore(today);
	}
}
