package id.padu.services;

import java.time.LocalDate;

/**
 * The current pemda's working days: Monday to Friday except its holidays and cuti bersama (maintained at
 * {@code /kantor/layanan/hari-libur}). The calendar service SLAs count by, for other modules' deadlines too.
 */
public interface WorkingDayCalendar {

	/** The first working day after {@code day}. */
	LocalDate nextWorkingDay(LocalDate day);
}
