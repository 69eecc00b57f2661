package id.padu.localtax.internal;

import id.padu.localtax.Nop;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.KodeWilayah;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** NOP structure, the PBB-P2 computation under a Perda, its plausibility checks and the late-payment interest. */
class PbbRulesTest {

	/** Kota Tangerang: NJOPTKP Rp 10 juta; 0,1 % up to an NJOP of Rp 1 miliar, 0,2 % above; due 31 August. */
	static final PbbRegulation TANGERANG = new PbbRegulation("Perda uji", 10_000_000, 100,
			List.of(new PbbRegulation.Band(1_000_000_000L, 10), new PbbRegulation.Band(null, 20)), MonthDay.of(8, 31),
			LatePaymentPenalty.HKPD_2022, "4.1.01.12.01 PBB-P2");

	@Test
	void aNopIsReadWithOrWithoutSeparatorsAndItsPartsAreNamed() {
		Nop nop = Nop.parse("36.71.010.005.001-0001.0");
		assertThat(nop.value()).isEqualTo("367101000500100010");
		assertThat(nop.formatted()).isEqualTo("36.71.010.005.001-0001.0");
		assertThat(Nop.parse(" 3671 0100 0500 1000 10 ")).isEqualTo(nop);
		assertThat(nop.kecamatan()).isEqualTo("010");
		assertThat(nop.kelurahan()).isEqualTo("005");
		assertThat(nop.block()).isEqualTo("001");
		assertThat(nop.serial()).isEqualTo("0001");
		assertThat(nop.objectType()).isEqualTo("0");
		assertThat(NopAreas.kabupatenKota(nop)).isEqualTo(KodeWilayah.of("36.71"));
		assertThat(NopAreas.prefix(KodeWilayah.of("36.71.01.1005"))).isEqualTo("3671010005");
		assertThat(NopAreas.prefix(KodeWilayah.of("36.71.13.1011"))).isEqualTo("3671130011");
	}

	@Test
	void aBrokenNopSaysWhatIsWrong() {
		assertThatThrownBy(() -> Nop.parse("36.71.010.005.001-0001")).isInstanceOf(InvalidIdentifierException.class)
			.hasMessage("localtax.nop.format");
		assertThatThrownBy(() -> Nop.parse("3671010005A0100010")).hasMessage("localtax.nop.format");
		assertThatThrownBy(() -> Nop.parse(null)).hasMessage("localtax.nop.format");
		assertThatThrownBy(() -> Nop.parse("36.71.010.005.000-0001.0")).hasMessage("localtax.nop.block");
		assertThatThrownBy(() -> Nop.parse("36.71.010.005.001-0000.0")).hasMessage("localtax.nop.serial");
		assertThatThrownBy(() -> NopAreas.prefix(KodeWilayah.of("36.71.01"))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theTaxIsTheTariffOfTheNjopBandOnTheNjopAboveTheNjoptkp() {
		// 120 m² × Rp 2.150.000 + 90 m² × Rp 1.220.000 = Rp 367.800.000; minus Rp 10 juta; 0,1 %.
		var house = PbbCalculation.of(new PbbCalculation.ObjectFacts(120, 2_150_000, 90, 1_220_000, true), TANGERANG);
		assertThat(house.njopLand()).isEqualTo(258_000_000);
		assertThat(house.njopBuilding()).isEqualTo(109_800_000);
		assertThat(house.njop()).isEqualTo(367_800_000);
		assertThat(house.njoptkp()).isEqualTo(10_000_000);
		assertThat(house.taxBase()).isEqualTo(357_800_000);
		assertThat(house.tariffBasisPoints()).isEqualTo(10);
		assertThat(house.tax()).isEqualTo(357_800);

		var plot = PbbCalculation.of(new PbbCalculation.ObjectFacts(200, 1_434_000, 0, 0, false), TANGERANG);
		assertThat(plot.njoptkp()).isZero();
		assertThat(plot.tax()).isEqualTo(286_800);

		// Above Rp 1 miliar the whole base is taxed at 0,2 %; exactly Rp 1 miliar is still 0,1 %.
		var large = PbbCalculation.of(new PbbCalculation.ObjectFacts(400, 3_000_000, 0, 0, true), TANGERANG);
		assertThat(large.tariffBasisPoints()).isEqualTo(20);
		assertThat(large.tax()).isEqualTo(2_380_000);
		var edge = PbbCalculation.of(new PbbCalculation.ObjectFacts(400, 2_500_000, 0, 0, false), TANGERANG);
		assertThat(edge.tariffBasisPoints()).isEqualTo(10);
		assertThat(edge.tax()).isEqualTo(1_000_000);

		var tiny = PbbCalculation.of(new PbbCalculation.ObjectFacts(10, 614_000, 0, 0, true), TANGERANG);
		assertThat(tiny.njoptkp()).isEqualTo(6_140_000);
		assertThat(tiny.tax()).isZero();

		PbbRegulation halfBase = new PbbRegulation("Perda uji", 12_000_000, 50, List.of(new PbbRegulation.Band(null, 25)),
				MonthDay.of(9, 30), LatePaymentPenalty.HKPD_2022, "x");
		assertThat(PbbCalculation.of(new PbbCalculation.ObjectFacts(100, 1_000_000, 0, 0, true), halfBase).tax())
			.isEqualTo(110_000);
		assertThat(halfBase.dueDate(2026)).isEqualTo(LocalDate.of(2026, 9, 30));
	}

	@Test
	void aPerdaOutsideUu1Of2022IsRefusedWhenRead() {
		var rate = new PbbSettings.Rate(null, new BigDecimal("0.6"));
		assertThatThrownBy(() -> PbbRegulations.regulation(settings(10_000_000L, List.of(rate))))
			.hasMessageContaining("0,5 %");
		var fine = new PbbSettings.Rate(null, new BigDecimal("0.1"));
		assertThatThrownBy(() -> PbbRegulations.regulation(settings(5_000_000L, List.of(fine))))
			.hasMessageContaining("NJOPTKP");
		assertThatThrownBy(() -> PbbRegulations.regulation(settings(10_000_000L,
				List.of(new PbbSettings.Rate(null, new BigDecimal("0.123")))))).isInstanceOf(ArithmeticException.class);
		assertThatThrownBy(() -> PbbRegulations.regulation(settings(10_000_000L,
				List.of(new PbbSettings.Rate(500L, new BigDecimal("0.1")))))).hasMessageContaining("last tariff band");
		PbbRegulation read = PbbRegulations.regulation(settings(10_000_000L,
				List.of(new PbbSettings.Rate(1_000_000_000L, new BigDecimal("0.1")), new PbbSettings.Rate(null,
						new BigDecimal("0.2")))));
		assertThat(read.bands()).extracting(PbbRegulation.Band::basisPoints).containsExactly(10, 20);
		assertThat(read.penalty()).isEqualTo(LatePaymentPenalty.HKPD_2022);
	}

	@Test
	void lateInterestCountsEveryMonthOrPartOfOneAfterTheDueDateUpTo24() {
		LatePaymentPenalty hkpd = LatePaymentPenalty.HKPD_2022;
		LocalDate due = LocalDate.of(2026, 8, 31);
		assertThat(hkpd.months(due, due)).isZero();
		assertThat(hkpd.months(due, LocalDate.of(2026, 9, 1))).isEqualTo(1);
		assertThat(hkpd.months(due, LocalDate.of(2026, 9, 30))).isEqualTo(1);
		assertThat(hkpd.months(due, LocalDate.of(2026, 10, 1))).isEqualTo(2);
		assertThat(hkpd.months(due, LocalDate.of(2026, 12, 1))).isEqualTo(4);
		assertThat(hkpd.months(due, LocalDate.of(2030, 1, 1))).isEqualTo(24);
		assertThat(hkpd.amount(357_800, due, LocalDate.of(2026, 12, 1))).isEqualTo(14_312);
		assertThat(hkpd.amount(357_800, due, LocalDate.of(2030, 1, 1))).isEqualTo(85_872);
		assertThat(LatePaymentPenalty.PDRD_2009.amount(357_800, due, LocalDate.of(2026, 12, 1))).isEqualTo(28_624);

		assertThat(hkpd.sameUntil(due, LocalDate.of(2026, 8, 1))).isEqualTo(due);
		assertThat(hkpd.sameUntil(due, LocalDate.of(2026, 9, 15))).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(hkpd.sameUntil(due, LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(hkpd.sameUntil(due, LocalDate.of(2030, 1, 1))).isNull();
		assertThatThrownBy(() -> new LatePaymentPenalty(300, 24)).isInstanceOf(IllegalArgumentException.class);
	}

	private static PbbSettings.Regulation settings(Long njoptkp, List<PbbSettings.Rate> rates) {
		return new PbbSettings.Regulation("Perda uji", njoptkp, 100, rates, "08-31", null, null, "4.1.01.12.01 PBB-P2");
	}
}
