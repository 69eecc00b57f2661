package id.padu.shared.web;

import id.padu.shared.Rupiah;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formatting for templates ({@code ${@formats.date(d)}}): dates as {@code 23 November 2026} in the
 * reader's language, times in Asia/Jakarta, money as {@code Rp 1.250.000}.
 */
@Component("formats")
public class Formats {

	public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	public String date(LocalDate date) {
		return date(date, LocaleContextHolder.getLocale());
	}

	/** {@code 01 Juli 2026}: for texts written outside a request (documents, e-mails, process notes). */
	public static String date(LocalDate date, Locale locale) {
		return date == null ? "" : DateTimeFormatter.ofPattern("dd MMMM yyyy", locale).format(date);
	}

	public String date(Instant instant) {
		return instant == null ? "" : date(instant.atZone(JAKARTA).toLocalDate());
	}

	public String dateTime(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofPattern("dd MMMM yyyy, HH.mm 'WIB'", LocaleContextHolder.getLocale())
						.format(instant.atZone(JAKARTA));
	}

	public String rupiah(long amount) {
		return Rupiah.of(amount).formatted();
	}
}
