package id.padu.services.internal;

import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Puts the national holidays and cuti bersama ({@code services/holidays.csv}, from the SKB of the three
 * ministers) into the SLA calendar of every pemda that has no holiday in those years yet. A pemda then
 * adds its own days, or removes a cuti bersama its offices work through, on the holiday page.
 */
@Component
@Order(50)
class NationalHolidays implements ApplicationRunner {

	static final String FILE = "services/holidays.csv";

	private final TenantDirectory tenants;
	private final HolidayRepository holidays;
	private final HolidayCalendar calendar;
	private final TransactionTemplate tx;

	NationalHolidays(TenantDirectory tenants, HolidayRepository holidays, HolidayCalendar calendar,
			TransactionTemplate tx) {
		this.tenants = tenants;
		this.holidays = holidays;
		this.calendar = calendar;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Holiday> days = read();
		if (days.isEmpty()) {
			return;
		}
		LocalDate first = days.get(0).day().withDayOfYear(1);
		LocalDate last = days.get(days.size() - 1).day().withMonth(12).withDayOfMonth(31);
		for (TenantInfo tenant : tenants.all()) {
			TenantContext.runAs(tenant.id(), () -> tx.executeWithoutResult(status -> {
				if (holidays.countByDayBetween(first, last) == 0) {
					holidays.saveAll(read());
					calendar.changed();
				}
			}));
		}
	}

	static List<Holiday> read() {
		try {
			String text = new ClassPathResource(FILE).getContentAsString(StandardCharsets.UTF_8);
			return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split(";", 3))
				.map(p -> new Holiday(LocalDate.parse(p[0]), p[2], Holiday.Kind.valueOf(p[1]))).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
