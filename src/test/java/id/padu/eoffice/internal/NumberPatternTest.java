package id.padu.eoffice.internal;

import id.padu.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumberPatternTest {

	@Test
	void theDefaultPatternWritesClassificationNumberUnitAndYear() {
		assertThat(new NumberPattern(null).format("400.3.5", 17, "Disdukcapil", LocalDate.of(2026, 12, 1)))
			.isEqualTo("400.3.5/17/Disdukcapil/2026");
	}

	@Test
	void aPatternMayUseTheMonthInRomanNumerals() {
		assertThat(new NumberPattern("{nomor}/{unit}/{bulan}/{tahun}").format("000", 3, "Setda", LocalDate.of(2026, 9, 30)))
			.isEqualTo("3/Setda/IX/2026");
	}

	@Test
	void aPatternWithoutTheRunningNumberOrWithUnknownPlaceholdersIsRefused() {
		assertThatThrownBy(() -> new NumberPattern("{klasifikasi}/{unit}/{tahun}")).isInstanceOf(BusinessRuleViolation.class)
			.hasMessage("eoffice.number.pattern");
		assertThatThrownBy(() -> new NumberPattern("{nomor}/{hari}")).isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aUnitWithoutAShortNameUsesItsCodeWithACapital() {
		assertThat(NumberPattern.defaultShortName("disdukcapil")).isEqualTo("Disdukcapil");
	}
}
