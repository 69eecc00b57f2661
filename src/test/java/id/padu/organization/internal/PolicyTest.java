package id.padu.organization.internal;

import id.padu.organization.AssignmentKind;
import id.padu.organization.PositionLevel;
import id.padu.organization.UnitKind;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.KodeWilayah;
import id.padu.shared.Nip;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The structure's rules, on entities built in memory. */
class PolicyTest {

	final OrgUnit pemkot = new OrgUnit("pemkot", "Pemerintah Kota Tangerang", UnitKind.PEMERINTAH_DAERAH, null, null, 0);
	final OrgUnit dinas = new OrgUnit("disdukcapil", "Dinas Kependudukan", UnitKind.DINAS, pemkot, null, 1);
	final OrgUnit bidang = new OrgUnit("disdukcapil-pdp", "Bidang PDP", UnitKind.BIDANG, dinas, null, 2);
	final OrgUnit kecamatan = new OrgUnit("kec-cipondoh", "Kecamatan Cipondoh", UnitKind.KECAMATAN, pemkot,
			KodeWilayah.of("36.71.05"), 3);
	final OrgUnit otherDinas = new OrgUnit("dinkes", "Dinas Kesehatan", UnitKind.DINAS, pemkot, null, 4);

	final Position walikota = new Position("walikota", "Wali Kota", PositionLevel.WALI_KOTA, pemkot, null, 0);
	final Position kadis = new Position("kadis", "Kepala Dinas", PositionLevel.KEPALA_OPD, dinas, walikota, 1);
	final Position kabid = new Position("kabid", "Kepala Bidang", PositionLevel.KEPALA_BIDANG, bidang, kadis, 2);
	final Position kadinkes = new Position("kadinkes", "Kepala Dinkes", PositionLevel.KEPALA_OPD, otherDinas, walikota, 3);

	@Test
	void unitsCannotMoveUnderThemselvesOrTheirDescendants() {
		assertThatThrownBy(() -> UnitTreePolicy.checkPlacement(dinas, UnitKind.DINAS, bidang))
			.isInstanceOf(BusinessRuleViolation.class).hasMessage("organization.unit.cycle");
		assertThatThrownBy(() -> UnitTreePolicy.checkPlacement(dinas, UnitKind.DINAS, dinas))
			.hasMessage("organization.unit.cycle");
		assertThatCode(() -> UnitTreePolicy.checkPlacement(bidang, UnitKind.BIDANG, otherDinas)).doesNotThrowAnyException();
	}

	@Test
	void onlyThePemdaIsARootAndKelurahanSitUnderKecamatan() {
		assertThatThrownBy(() -> UnitTreePolicy.checkPlacement(null, UnitKind.DINAS, null))
			.hasMessage("organization.unit.parentRequired");
		assertThatThrownBy(() -> UnitTreePolicy.checkPlacement(null, UnitKind.PEMERINTAH_DAERAH, pemkot))
			.hasMessage("organization.unit.rootHasNoParent");
		assertThatThrownBy(() -> UnitTreePolicy.checkPlacement(null, UnitKind.KELURAHAN, dinas))
			.hasMessage("organization.unit.kelurahanUnderKecamatan");
		assertThatCode(() -> UnitTreePolicy.checkPlacement(null, UnitKind.KELURAHAN, kecamatan)).doesNotThrowAnyException();
	}

	@Test
	void kodeWilayahFitsTheKindAndTheKecamatan() {
		assertThatThrownBy(() -> UnitTreePolicy.checkKodeWilayah(UnitKind.DINAS, KodeWilayah.of("36.71.05"), pemkot))
			.hasMessage("organization.unit.kodeWilayahNotTerritorial");
		assertThatThrownBy(() -> UnitTreePolicy.checkKodeWilayah(UnitKind.KELURAHAN, KodeWilayah.of("36.71.05"), kecamatan))
			.hasMessage("organization.unit.kodeWilayahLevel");
		assertThatThrownBy(() -> UnitTreePolicy.checkKodeWilayah(UnitKind.KELURAHAN, KodeWilayah.of("36.71.01.1001"), kecamatan))
			.hasMessage("organization.unit.kodeWilayahOutsideParent");
		assertThatCode(() -> UnitTreePolicy.checkKodeWilayah(UnitKind.KELURAHAN, KodeWilayah.of("36.71.05.1008"), kecamatan))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> UnitTreePolicy.checkCode("Kec Cipondoh")).hasMessage("organization.code.format");
	}

	@Test
	void positionsReportWithinTheirUnitOrAboveAndNeverInACircle() {
		assertThatCode(() -> PositionPolicy.checkReportingLine(null, bidang, kadis)).doesNotThrowAnyException();
		assertThatThrownBy(() -> PositionPolicy.checkReportingLine(null, bidang, kadinkes))
			.hasMessage("organization.position.parentOutsideUnit");
		assertThatThrownBy(() -> PositionPolicy.checkReportingLine(kadis, dinas, kabid))
			.hasMessage("organization.position.parentOutsideUnit");
		Position kasi = new Position("kasi", "Kepala Seksi", PositionLevel.KEPALA_SEKSI, bidang, kabid, 5);
		assertThatThrownBy(() -> PositionPolicy.checkReportingLine(kabid, bidang, kasi))
			.hasMessage("organization.position.cycle");
		assertThatThrownBy(() -> PositionPolicy.checkReportingLine(null, dinas, null))
			.hasMessage("organization.position.parentRequired");
	}

	@Test
	void oneDefinitiveAndOneActingHolderAtATime() {
		Staff djoko = new Staff(Nip.of("196805121994031005"), "Drs. Djoko Susilo, M.Si.", "kadis", null);
		Staff sri = new Staff(Nip.of("198004172005012004"), "Sri Wahyuni, S.E.", null, null);
		Staff hendra = new Staff(Nip.of("197602082001121002"), "Hendra Gunawan", null, null);
		LocalDate start = LocalDate.of(2024, 1, 2);
		List<Assignment> existing = List.of(new Assignment(djoko, kadis, AssignmentKind.DEFINITIF, start, null));

		assertThatThrownBy(() -> AssignmentPolicy.checkNew(sri, AssignmentKind.DEFINITIF, start.plusYears(1), null, existing))
			.hasMessage("organization.assignment.definitiveTaken");
		assertThatCode(() -> AssignmentPolicy.checkNew(sri, AssignmentKind.PLH, start.plusYears(1), null, existing))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> AssignmentPolicy.checkNew(djoko, AssignmentKind.PLT, start.plusDays(3), null, existing))
			.hasMessage("organization.assignment.duplicate");

		List<Assignment> withActing = List.of(existing.get(0),
				new Assignment(sri, kadis, AssignmentKind.PLH, start.plusYears(1), start.plusYears(1).plusDays(14)));
		assertThatThrownBy(() -> AssignmentPolicy.checkNew(hendra, AssignmentKind.PLT, start.plusYears(1).plusDays(7), null, withActing))
			.hasMessage("organization.assignment.actingTaken");
		assertThatCode(() -> AssignmentPolicy.checkNew(hendra, AssignmentKind.PLT, start.plusYears(1).plusDays(15), null, withActing))
			.doesNotThrowAnyException();

		List<Assignment> ended = List.of(new Assignment(djoko, kadis, AssignmentKind.DEFINITIF, start, start.plusYears(1)));
		assertThatCode(() -> AssignmentPolicy.checkNew(sri, AssignmentKind.DEFINITIF, start.plusYears(1).plusDays(1), null, ended))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> AssignmentPolicy.checkNew(sri, AssignmentKind.DEFINITIF, start, start.minusDays(1), List.of()))
			.hasMessage("organization.assignment.endBeforeStart");
	}

	@Test
	void assignmentsEndOnOrAfterTheyStart() {
		Staff sri = new Staff(Nip.of("198004172005012004"), "Sri Wahyuni, S.E.", null, null);
		Assignment a = new Assignment(sri, kabid, AssignmentKind.PLT, LocalDate.of(2025, 7, 1), null);
		assertThatThrownBy(() -> AssignmentPolicy.checkEnd(a, LocalDate.of(2025, 6, 30)))
			.hasMessage("organization.assignment.endBeforeStart");
		assertThatCode(() -> AssignmentPolicy.checkEnd(a, LocalDate.of(2025, 7, 1))).doesNotThrowAnyException();
	}
}
