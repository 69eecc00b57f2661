package id.padu.shared.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

	private final Formats formats = new Formats();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void datesReadAsInIndonesia() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
		assertThat(formats.date(LocalDate.of(2026, 11, 23))).isEqualTo("23 November 2026");
		assertThat(formats.date(LocalDate.of(2026, 8, 17))).isEqualTo("17 Agustus 2026");
		// 23:30 UTC is already the next day in Jakarta.
		assertThat(formats.date(Instant.parse("2026-11-23T17:30:00Z"))).isEqualTo("24 November 2026");
		assertThat(formats.dateTime(Instant.parse("2026-11-23T03:05:00Z"))).isEqualTo("23 November 2026, 10.05 WIB");
	}

	@Test
	void datesInEnglishWhenTheUserSwitched() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(formats.date(LocalDate.of(2026, 8, 17))).isEqualTo("17 August 2026");
	}

	@Test
	void moneyIsRupiahWithDots() {
		assertThat(formats.rupiah(1_250_000)).isEqualTo("Rp 1.250.000");
	}

	@Test
	void rateLimiterCountsPerKeyAndMinute() {
		Clock clock = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);
		RateLimiter limiter = new RateLimiter(2, clock);
		assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
		assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
		assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
		assertThat(limiter.tryAcquire("10.0.0.2")).isTrue();
	}
}
