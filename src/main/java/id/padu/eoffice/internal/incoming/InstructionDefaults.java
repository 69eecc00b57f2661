package id.padu.eoffice.internal.incoming;

import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives every pemda without instructions the usual list (as in the national e-office), once; admins and the
 * secretariat change it afterwards, so a restart never undoes their edits.
 */
@Component
@Order(60)
class InstructionDefaults implements ApplicationRunner {

	static final String[][] USUAL = { { "tindak-lanjuti", "Tindak lanjuti" }, { "pelajari", "Pelajari" },
			{ "hadiri", "Hadiri/wakili" }, { "siapkan-jawaban", "Siapkan jawaban" },
			{ "untuk-diketahui", "Untuk diketahui" }, { "koordinasikan", "Koordinasikan" },
			{ "arsipkan", "Arsipkan" }, { "bicarakan", "Bicarakan dengan saya" } };

	private final TenantDirectory tenants;
	private final DispositionInstructionRepository instructions;
	private final TransactionTemplate tx;

	InstructionDefaults(TenantDirectory tenants, DispositionInstructionRepository instructions, TransactionTemplate tx) {
		this.tenants = tenants;
		this.instructions = instructions;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (TenantInfo tenant : tenants.all()) {
			TenantContext.runAs(tenant.id(), () -> tx.executeWithoutResult(status -> {
				if (instructions.count() == 0) {
					for (int i = 0; i < USUAL.length; i++) {
						instructions.save(new DispositionInstruction(USUAL[i][0], USUAL[i][1], (i + 1) * 10));
					}
				}
			}));
		}
	}
}
