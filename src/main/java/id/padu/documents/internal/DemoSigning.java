package id.padu.documents.internal;

import id.padu.documents.DocumentStore;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import id.padu.identity.Role;
import id.padu.identity.StaffAccounts;
import id.padu.shared.TenantId;
import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;

/**
 * The demo's letterheads (with a stand-in emblem, {@link DemoEmblem}) and PKI: a CA per demo pemda and a certificate
 * for every account with role HEAD and for the structural officials below them who sign nota dinas of their field
 * ({@code kabid}; {@code kasi}, who is also Plt. Kepala Bidang Pencatatan Sipil), demo signing passphrase
 * {@value DemoPki#DEMO_PASSPHRASE}. Runs after the demo accounts; what exists is kept.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("padu.demo.enabled")
class DemoSigning implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSigning.class);

	/** Tenant, address line, contact line, place. */
	private static final String[][] LETTERHEADS = {
			{ "kota-tangerang", "Jl. Satria Sudirman No. 1, Sukaasih, Kecamatan Tangerang, Kota Tangerang, Banten 15111",
					"Laman: tangerangkota.go.id", "Tangerang" },
			{ "kota-tangerang-selatan", "Jl. Maruga Raya No. 1, Serua, Kecamatan Ciputat, Kota Tangerang Selatan, Banten 15414",
					"Laman: tangerangselatankota.go.id", "Tangerang Selatan" } };

	/** Demo officials who sign without the HEAD role. */
	private static final List<String> STRUCTURAL_SIGNERS = List.of("kabid", "kasi");

	private final TenantDirectory tenants;
	private final StaffAccounts accounts;
	private final LetterheadRepository letterheads;
	private final DemoPki pki;
	private final DocumentStore store;
	private final TransactionTemplate tx;
	private final Clock clock;

	DemoSigning(TenantDirectory tenants, StaffAccounts accounts, LetterheadRepository letterheads, DemoPki pki,
			DocumentStore store, TransactionTemplate tx, Clock clock) {
		this.tenants = tenants;
		this.accounts = accounts;
		this.letterheads = letterheads;
		this.pki = pki;
		this.store = store;
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String[] row : LETTERHEADS) {
			TenantId tenant = TenantId.of(row[0]);
			TenantInfo info = tenants.find(tenant).orElse(null);
			if (info == null) {
				continue;
			}
			TenantContext.runAs(tenant, () -> tx.executeWithoutResult(status -> {
				Instant now = clock.instant();
				if (letterheads.findFirstBy().isEmpty()) {
					LetterheadRecord letterhead = letterheads.save(new LetterheadRecord(row[1], row[2], row[3], now));
					Color field = row[0].equals("kota-tangerang") ? new Color(0x1B, 0x6B, 0x3A) : new Color(0x1F, 0x4E, 0x8C);
					letterhead.logo(store.store(new ByteArrayInputStream(DemoEmblem.png(field)), "lambang-contoh.png").sha256(), now);
				}
				List<String> signers = new ArrayList<>(accounts.usernamesWithRole(Role.HEAD));
				STRUCTURAL_SIGNERS.stream().filter(username -> accounts.displayName(username).isPresent()).forEach(signers::add);
				for (String head : signers) {
					if (pki.ensureSigner(info, head, now)) {
						log.info("Demo certificate for {} of {}", head, tenant);
					}
				}
			}));
		}
	}
}
