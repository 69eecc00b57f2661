package id.padu.services.internal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Working days skip weekends and the SKB 2026 national holidays and cuti bersama. */
class WorkingDaysTest {

	static final Set<LocalDate> HOLIDAYS_2026 = NationalHolidays.read().stream().map(Holiday::day)
		.collect(Collectors.toSet());

	@Test
	void theSkb2026ListHasSeventeenHolidaysAndEightCutiBersama() {
		assertThat(NationalHolidays.read()).hasSize(25);
		assertThat(NationalHolidays.read().stream().filter(h -> h.kind() == Holiday.Kind.CUTI_BERSAMA)).hasSize(8);
	}

	@Test
	void idulFitri2026ClosesOfficesForAWeek() {
		// Tuesday 17 March; 18 cuti Nyepi, 19 Nyepi, 20 cuti, 21-22 Idulfitri (weekend), 23-24 cuti.
		assertThat(WorkingDays.add(LocalDate.of(2026, 3, 17), 1, HOLIDAYS_2026)).isEqualTo(LocalDate.of(2026, 3, 25));
		assertThat(WorkingDays.add(LocalDate.of(2026, 3, 17), 2, HOLIDAYS_2026)).isEqualTo(LocalDate.of(2026, 3, 26));
	}

	@Test
	void weekendsDoNotCountAndTheStartDayDoesNot() {
		assertThat(WorkingDays.add(LocalDate.of(2026, 7, 3), 3, Set.of())).isEqualTo(LocalDate.of(2026, 7, 8));
		assertThat(WorkingDays.add(LocalDate.of(2026, 8, 14), 1, HOLIDAYS_2026)).isEqualTo(LocalDate.of(2026, 8, 18));
	}

	@Test
	void remainingCountsWorkingDaysLeftOrMissed() {
		LocalDate friday = LocalDate.of(2026, 7, 3);
		assertThat(WorkingDays.remaining(friday, LocalDate.of(2026, 7, 8), Set.of())).isEqualTo(3);
		assertThat(WorkingDays.remaining(friday, friday, Set.of())).isZero();
		assertThat(WorkingDays.remaining(LocalDate.of(2026, 7, 8), friday, Set.of())).isEqualTo(-3);
		assertThat(WorkingDays.remaining(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 28), HOLIDAYS_2026))
			.isEqualTo(1);
	}
}
