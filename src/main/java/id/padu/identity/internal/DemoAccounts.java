package id.padu.identity.internal;

import id.padu.identity.Role;
import id.padu.shared.TenantId;
import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Set;

/**
 * Demo accounts, all with password {@value #DEMO_PASSWORD}. They exist only when demo data is
 * loaded; the prod profile refuses to start while any of them is present.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("padu.demo.enabled")
class DemoAccounts implements ApplicationRunner {

	static final String DEMO_PASSWORD = "padu-demo";
	static final String DEMO_CITIZEN_NIK = "3671014508900003";
	static final Set<String> USERNAMES = Set.of("admin", "petugas", "kadis", "sekretariat", "arsiparis", "auditor",
			"warga", "admin.tangsel", "bendahara", "kadis.dpmptsp", "petugas.dpmptsp", "kadis.dindik", "petugas.dindik",
			"kadis.dinkes", "petugas.dinkes", "kaban.bapenda", "petugas.bapenda", "kabid", "kasi");

	private final AccountRepository accounts;
	private final PasswordEncoder encoder;
	private final TenantDirectory tenants;
	private final TransactionTemplate tx;

	DemoAccounts(AccountRepository accounts, PasswordEncoder encoder, TenantDirectory tenants, TransactionTemplate tx) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.tenants = tenants;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		TenantId tangerang = TenantId.of("kota-tangerang");
		TenantId tangsel = TenantId.of("kota-tangerang-selatan");
		if (tenants.find(tangerang).isEmpty() || tenants.find(tangsel).isEmpty()) {
			return;
		}
		String hash = encoder.encode(DEMO_PASSWORD);
		TenantContext.runAs(tangerang, () -> tx.executeWithoutResult(status -> {
			staff("admin", "Rudi Hartono", "admin@tangerangkota.go.id", hash, Role.ADMIN);
			staff("petugas", "Dewi Lestari", "petugas@tangerangkota.go.id", hash, Role.OFFICER);
			staff("kadis", "Drs. Djoko Susilo, M.Si.", "kadis.disdukcapil@tangerangkota.go.id", hash, Role.HEAD);
			staff("sekretariat", "Nur Hayati", "sekretariat@tangerangkota.go.id", hash, Role.SECRETARIAT);
			staff("arsiparis", "Agus Setiawan", "arsip@tangerangkota.go.id", hash, Role.ARCHIVIST);
			staff("auditor", "Ir. Bambang Wahjoe", "inspektorat@tangerangkota.go.id", hash, Role.AUDITOR);
			staff("bendahara", "Rina Marlina, S.E.", "bendahara.bpkad@tangerangkota.go.id", hash, Role.TREASURER);
			staff("kadis.dpmptsp", "Ir. H. Slamet Riyadi, M.M.", "kadis.dpmptsp@tangerangkota.go.id", hash, Role.HEAD);
			staff("petugas.dpmptsp", "Fitri Handayani, S.H.", "perizinan@tangerangkota.go.id", hash, Role.OFFICER);
			staff("kadis.dindik", "Dr. Hj. Tjahjani Soeharto, M.Pd.", "kadis.dindik@tangerangkota.go.id", hash, Role.HEAD);
			staff("petugas.dindik", "Ahmad Fauzi, S.Pd.", "layanan.dindik@tangerangkota.go.id", hash, Role.OFFICER);
			staff("kadis.dinkes", "dr. Soetrisno Wibowo, M.Kes.", "kadis.dinkes@tangerangkota.go.id", hash, Role.HEAD);
			staff("petugas.dinkes", "dr. Maya Puspitasari", "layanan.dinkes@tangerangkota.go.id", hash, Role.OFFICER);
			staff("kaban.bapenda", "Drs. Mochammad Iqbal, M.Si.", "kaban.bapenda@tangerangkota.go.id", hash, Role.HEAD);
			staff("petugas.bapenda", "Irfan Maulana, S.E.", "pajak@tangerangkota.go.id", hash, Role.OFFICER);
			// A kepala bidang and a kepala seksi of Disdukcapil, two levels below kadis: dispositions go down to them.
			staff("kabid", "Hendra Gunawan, S.Sos., M.Si.", "kabid.pdp.disdukcapil@tangerangkota.go.id", hash, Role.OFFICER);
			staff("kasi", "Sri Wahyuni, S.E.", "kasi.identitas.disdukcapil@tangerangkota.go.id", hash, Role.OFFICER);
			if (!accounts.existsByUsername("warga")) {
				Account citizen = Account.citizen(DEMO_CITIZEN_NIK, "Siti Rahmawati", "warga@contoh.id", hash);
				citizen.renameUsername("warga");
				citizen.confirmEmail(Instant.now());
				accounts.save(citizen);
			}
		}));
		TenantContext.runAs(tangsel, () -> tx.executeWithoutResult(
				status -> staff("admin.tangsel", "Andi Wijaya", "admin@tangerangselatankota.go.id", hash, Role.ADMIN)));
	}

	private void staff(String username, String name, String email, String hash, Role role) {
		if (!accounts.existsByUsername(username)) {
			accounts.save(Account.staff(username, name, email, hash, Set.of(role)));
		}
	}
}
