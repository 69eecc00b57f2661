package id.padu.organization.internal;

import id.padu.organization.AssignmentKind;
import id.padu.shared.Nip;
import id.padu.shared.TenantId;
import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import id.padu.wilayah.WilayahDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo structure of both demo kota, with staff linked by username to the demo accounts. A tenant that
 * already has units is left alone, so restarts and admins' changes are kept.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("padu.demo.enabled")
class DemoOrganization implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

	/** NIP, name, username, e-mail, position, kind, start date. */
	private static final String[][] TANGERANG_STAFF = {
			{ "196907141994031006", "Drs. Wahyu Hidayat, M.Si.", null, "sekda@tangerangkota.go.id", "sekda", "DEFINITIF", "2022-03-01" },
			{ "196805121994031005", "Drs. Djoko Susilo, M.Si.", "kadis", "kadis.disdukcapil@tangerangkota.go.id", "kepala-disdukcapil", "DEFINITIF", "2021-09-06" },
			{ "197511202000032003", "Yuliana Kartika, S.H., M.H.", null, null, "sekretaris-disdukcapil", "DEFINITIF", "2022-01-10" },
			{ "197602082001121002", "Hendra Gunawan, S.Sos., M.Si.", "kabid", "kabid.pdp.disdukcapil@tangerangkota.go.id", "kabid-pdp-disdukcapil", "DEFINITIF", "2022-01-10" },
			{ "198004172005012004", "Sri Wahyuni, S.E.", "kasi", "kasi.identitas.disdukcapil@tangerangkota.go.id", "kasi-identitas-disdukcapil", "DEFINITIF", "2023-02-01" },
			{ "198004172005012004", null, null, null, "kabid-capil-disdukcapil", "PLT", "2025-07-01" },
			{ "199203152015032001", "Dewi Lestari", "petugas", "petugas@tangerangkota.go.id", "adminduk-identitas-disdukcapil", "DEFINITIF", "2019-04-01" },
			{ "197809032003121001", "Eko Prasetyo, S.IP.", null, null, "kabag-umum-setda", "DEFINITIF", "2023-06-05" },
			{ "198511232010012015", "Nur Hayati", "sekretariat", "sekretariat@tangerangkota.go.id", "tu-pimpinan-setda", "DEFINITIF", "2018-01-02" },
			{ "196912251995032002", "Dra. Ratna Sari Dewi, M.Si.", null, null, "kepala-dispusip", "DEFINITIF", "2022-03-01" },
			{ "198307192009011003", "Agus Setiawan", "arsiparis", "arsip@tangerangkota.go.id", "arsiparis-dispusip", "DEFINITIF", "2017-07-03" },
			{ "196810101993031007", "Dr. H. Tubagus Firmansyah, S.E., M.M.", null, null, "kepala-inspektorat", "DEFINITIF", "2021-01-04" },
			{ "197105061998031002", "Ir. Bambang Wahjoe", "auditor", "inspektorat@tangerangkota.go.id", "auditor-inspektorat", "DEFINITIF", "2016-05-02" },
			{ "197404221999031003", "Ir. Yusuf Maulana, M.T.", null, null, "kepala-diskominfo", "DEFINITIF", "2023-01-02" },
			{ "198801102012121002", "Rudi Hartono", "admin", "admin@tangerangkota.go.id", "prakom-diskominfo", "DEFINITIF", "2015-02-02" },
			{ "198609142010012008", "Rina Marlina, S.E.", "bendahara", "bendahara.bpkad@tangerangkota.go.id", "bendahara-bpkad", "DEFINITIF", "2020-01-02" },
			{ "197002111996031003", "Ir. H. Slamet Riyadi, M.M.", "kadis.dpmptsp", "kadis.dpmptsp@tangerangkota.go.id", "kepala-dpmptsp", "DEFINITIF", "2022-03-01" },
			{ "199105082014032001", "Fitri Handayani, S.H.", "petugas.dpmptsp", "perizinan@tangerangkota.go.id", "pelayanan-dpmptsp", "DEFINITIF", "2018-02-01" },
			{ "197204301998032004", "Dr. Hj. Tjahjani Soeharto, M.Pd.", "kadis.dindik", "kadis.dindik@tangerangkota.go.id", "kepala-dindik", "DEFINITIF", "2023-01-02" },
			{ "199009212015031002", "Ahmad Fauzi, S.Pd.", "petugas.dindik", "layanan.dindik@tangerangkota.go.id", "pelayanan-dindik", "DEFINITIF", "2019-07-01" },
			{ "196906171997031004", "dr. Soetrisno Wibowo, M.Kes.", "kadis.dinkes", "kadis.dinkes@tangerangkota.go.id", "kepala-dinkes", "DEFINITIF", "2021-06-01" },
			{ "198812032013012005", "dr. Maya Puspitasari", "petugas.dinkes", "layanan.dinkes@tangerangkota.go.id", "pelayanan-dinkes", "DEFINITIF", "2017-03-01" },
			{ "197110091997121002", "Drs. Mochammad Iqbal, M.Si.", "kaban.bapenda", "kaban.bapenda@tangerangkota.go.id", "kepala-bapenda", "DEFINITIF", "2022-09-05" },
			{ "198903252011121003", "Irfan Maulana, S.E.", "petugas.bapenda", "pajak@tangerangkota.go.id", "pelayanan-bapenda", "DEFINITIF", "2016-01-04" } };

	private static final String[][] TANGSEL_STAFF = {
			{ "197208171998031004", "Drs. Heru Santoso, M.Si.", null, null, "kepala-diskominfo", "DEFINITIF", "2022-08-01" },
			{ "199002142014031001", "Andi Wijaya", "admin.tangsel", "admin@tangerangselatankota.go.id", "prakom-diskominfo", "DEFINITIF", "2016-03-01" } };

	private final TenantDirectory tenants;
	private final WilayahDirectory wilayah;
	private final OrgUnitRepository units;
	private final PositionRepository positions;
	private final StaffRepository staff;
	private final AssignmentRepository assignments;
	private final TransactionTemplate tx;

	DemoOrganization(TenantDirectory tenants, WilayahDirectory wilayah, OrgUnitRepository units,
			PositionRepository positions, StaffRepository staff, AssignmentRepository assignments,
			TransactionTemplate tx) {
		this.tenants = tenants;
		this.wilayah = wilayah;
		this.units = units;
		this.positions = positions;
		this.staff = staff;
		this.assignments = assignments;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		load(TenantId.of("kota-tangerang"), TANGERANG_STAFF);
		load(TenantId.of("kota-tangerang-selatan"), TANGSEL_STAFF);
	}

	private void load(TenantId tenant, String[][] people) {
		TenantInfo info = tenants.find(tenant).orElse(null);
		if (info == null) {
			return;
		}
		TenantContext.runAs(tenant, () -> tx.executeWithoutResult(status -> {
			if (units.count() > 0) {
				return;
			}
			DemoStructure structure = DemoStructure.of(info.name(), info.shortName(), info.kodeWilayah(), wilayah);
			units.saveAll(structure.unitList());
			positions.saveAll(structure.positionList());
			List<Assignment> made = new ArrayList<>();
			Map<String, Staff> byNip = new HashMap<>();
			for (String[] row : people) {
				Staff person = byNip.computeIfAbsent(row[0], nip -> staff.save(new Staff(Nip.of(nip), row[1], row[2], row[3])));
				Position position = structure.positions.get(row[4]);
				AssignmentKind kind = AssignmentKind.valueOf(row[5]);
				LocalDate from = LocalDate.parse(row[6]);
				AssignmentPolicy.checkNew(person, kind, from, null,
						made.stream().filter(a -> a.position() == position).toList());
				made.add(new Assignment(person, position, kind, from, null));
			}
			assignments.saveAll(made);
			log.info("Demo organization of {}: {} units, {} positions, {} staff", tenant,
					structure.units.size(), structure.positions.size(), byNip.size());
		}));
	}
}
