package id.padu.organization;

import id.padu.shared.Nip;
import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import id.padu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

@PaduIntegrationTest
class OrganizationDirectoryIT {

	static final TenantId TANGERANG = TenantId.of("kota-tangerang");
	static final TenantId TANGSEL = TenantId.of("kota-tangerang-selatan");

	@Autowired
	OrganizationDirectory directory;

	@Test
	void demoTangerangHasItsThirteenKecamatanAndHundredAndFourKelurahan() {
		List<UnitRef> units = in(TANGERANG, directory::units);
		assertThat(units.stream().filter(u -> u.kind() == UnitKind.KECAMATAN)).hasSize(13);
		assertThat(units.stream().filter(u -> u.kind() == UnitKind.KELURAHAN)).hasSize(104);
		assertThat(units).extracting(UnitRef::name)
			.contains("Pemerintah Kota Tangerang", "Dinas Kependudukan dan Pencatatan Sipil", "Kecamatan Cipondoh",
					"Kelurahan Poris Plawad");
		UnitRef cipondoh = in(TANGERANG, () -> directory.unit("kec-cipondoh"));
		assertThat(cipondoh.kodeWilayah().value()).isEqualTo("36.71.05");
		assertThat(in(TANGERANG, () -> directory.subUnits("kec-cipondoh"))).hasSize(10)
			.allSatisfy(k -> assertThat(k.kodeWilayah().value()).startsWith("36.71.05."));
	}

	@Test
	void demoTangselHasSevenKecamatanAndFiftyFourKelurahan() {
		List<UnitRef> units = in(TANGSEL, directory::units);
		assertThat(units.stream().filter(u -> u.kind() == UnitKind.KECAMATAN)).hasSize(7);
		assertThat(units.stream().filter(u -> u.kind() == UnitKind.KELURAHAN)).hasSize(54);
		assertThat(in(TANGSEL, directory::unitTree)).singleElement()
			.satisfies(root -> assertThat(root.unit().name()).isEqualTo("Pemerintah Kota Tangerang Selatan"));
		assertThat(in(TANGSEL, () -> directory.positionOf("admin.tangsel"))).get()
			.extracting(PositionRef::unitCode).isEqualTo("diskominfo");
	}

	@Test
	void petugasReportsThroughKadisToTheWaliKota() {
		PositionRef petugas = in(TANGERANG, () -> directory.positionOf("petugas")).orElseThrow();
		List<PositionRef> chain = in(TANGERANG, () -> directory.chainOfCommand(petugas.code()));
		assertThat(chain).extracting(PositionRef::level).containsExactly(PositionLevel.KEPALA_SEKSI,
				PositionLevel.KEPALA_BIDANG, PositionLevel.KEPALA_OPD, PositionLevel.WALI_KOTA);
		PositionRef kadis = in(TANGERANG, () -> directory.positionOf("kadis")).orElseThrow();
		assertThat(chain).contains(kadis);
		assertThat(chain.get(3).title()).isEqualTo("Wali Kota Tangerang");
		assertThat(in(TANGERANG, () -> directory.holders(kadis.code()))).singleElement()
			.satisfies(h -> assertThat(h.staff().fullName()).isEqualTo("Drs. Djoko Susilo, M.Si."));
		assertThat(in(TANGERANG, () -> directory.headOf("disdukcapil"))).contains(kadis);
		assertThat(in(TANGERANG, () -> directory.opdOf("disdukcapil-identitas"))).get()
			.extracting(UnitRef::code).isEqualTo("disdukcapil");
		assertThat(in(TANGERANG, () -> directory.subordinates(kadis.code()))).extracting(PositionRef::level)
			.contains(PositionLevel.SEKRETARIS, PositionLevel.KEPALA_BIDANG);
	}

	@Test
	void anActingHeadOfBidangHoldsTwoPositions() {
		List<Holder> holders = in(TANGERANG, () -> directory.holders("kabid-capil-disdukcapil"));
		assertThat(holders).singleElement().satisfies(h -> {
			assertThat(h.kind()).isEqualTo(AssignmentKind.PLT);
			assertThat(h.staff().fullName()).isEqualTo("Sri Wahyuni, S.E.");
		});
		StaffRef sri = holders.get(0).staff();
		assertThat(in(TANGERANG, () -> directory.findStaff(Nip.of("198004172005012004")))).contains(sri);
	}

	@Test
	void tenantsDoNotSeeEachOthersStaff() {
		assertThat(in(TANGSEL, () -> directory.findStaffByUsername("kadis"))).isEmpty();
		assertThat(in(TANGERANG, () -> directory.findStaffByUsername("admin.tangsel"))).isEmpty();
	}

	static <T> T in(TenantId tenant, Supplier<T> work) {
		return TenantContext.callAs(tenant, work);
	}
}
