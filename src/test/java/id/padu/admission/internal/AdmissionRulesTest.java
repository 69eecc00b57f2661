package id.padu.admission.internal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The age rule, the path shares, great-circle distances and masked names. */
class AdmissionRulesTest {

	static final LocalDate JULY = LocalDate.of(2027, 7, 1);

	@Test
	void ageIsMeasuredOnTheFirstOfJuly() {
		assertThat(AgePolicy.check(SchoolLevel.SMP, LocalDate.of(2012, 7, 1), JULY)).isEmpty();
		assertThat(AgePolicy.check(SchoolLevel.SMP, LocalDate.of(2011, 7, 1), JULY)).get()
			.extracting(AgePolicy.Refusal::messageKey).isEqualTo("admission.age.smpTooOld");
		assertThat(AgePolicy.check(SchoolLevel.SD, LocalDate.of(2021, 7, 1), JULY)).isEmpty();
		assertThat(AgePolicy.check(SchoolLevel.SD, LocalDate.of(2021, 7, 2), JULY)).get()
			.extracting(AgePolicy.Refusal::messageKey).isEqualTo("admission.age.sdTooYoung");
		assertThat(AgePolicy.check(SchoolLevel.SD, LocalDate.of(2014, 6, 30), JULY)).get()
			.extracting(AgePolicy.Refusal::messageKey).isEqualTo("admission.age.sdTooOld");
		assertThat(AgePolicy.firstByAge(SchoolLevel.SD, LocalDate.of(2020, 7, 1), JULY)).isTrue();
		assertThat(AgePolicy.firstByAge(SchoolLevel.SD, LocalDate.of(2020, 7, 2), JULY)).isFalse();
	}

	@Test
	void sharesRoundInTheApplicantsFavourAndMustAddUp() {
		QuotaPolicy.Split smp = QuotaPolicy.defaults(SchoolLevel.SMP, 288, 40, 20, 5);
		assertThat(smp).isEqualTo(new QuotaPolicy.Split(288, 116, 58, 14, 100));
		QuotaPolicy.Split sd = QuotaPolicy.defaults(SchoolLevel.SD, 56, 70, 15, 5);
		assertThat(sd).isEqualTo(new QuotaPolicy.Split(56, 45, 9, 2, 0));
		assertThat(QuotaPolicy.check(SchoolLevel.SMP, smp, 40, 20, 5)).isEmpty();
		assertThat(QuotaPolicy.check(SchoolLevel.SD, sd, 70, 15, 5)).isEmpty();
		assertThat(QuotaPolicy.check(SchoolLevel.SMP, new QuotaPolicy.Split(288, 115, 58, 14, 101), 40, 20, 5)).get()
			.extracting(QuotaPolicy.Refusal::field).isEqualTo("zonasi");
		assertThat(QuotaPolicy.check(SchoolLevel.SMP, new QuotaPolicy.Split(288, 116, 58, 15, 99), 40, 20, 5)).get()
			.extracting(QuotaPolicy.Refusal::field).isEqualTo("mutasi");
		assertThat(QuotaPolicy.check(SchoolLevel.SMP, new QuotaPolicy.Split(288, 116, 58, 14, 99), 40, 20, 5)).get()
			.extracting(QuotaPolicy.Refusal::messageKey).isEqualTo("admission.quota.sum");
		assertThat(QuotaPolicy.check(SchoolLevel.SD, new QuotaPolicy.Split(56, 44, 9, 2, 1), 70, 15, 5)).get()
			.extracting(QuotaPolicy.Refusal::field).isEqualTo("prestasi");
	}

	@Test
	void distancesAreGreatCircleMetres() {
		GeoPoint monas = new GeoPoint(-6.175392, 106.827153);
		GeoPoint bundaranHi = new GeoPoint(-6.194955, 106.823020);
		assertThat(monas.metresTo(bundaranHi)).isBetween(2210L, 2240L);
		assertThat(monas.metresTo(monas)).isZero();
		assertThat(new GeoPoint(0, 0).metresTo(new GeoPoint(0, 1))).isBetween(111_190L, 111_200L);
	}

	@Test
	void namesAreMaskedWordByWord() {
		assertThat(NameMask.mask("Nabila Putri Fauzi")).isEqualTo("N***** P**** F****");
		assertThat(NameMask.mask("  ")).isEqualTo("-");
	}
}
