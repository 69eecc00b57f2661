package id.padu.archive.internal.filing;

import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;

/**
 * Which classification code and OPD a service's issued documents are filed under: the pemda's line in
 * {@code archive_service_classification}, seeded at start-up for the services Padu ships with (an archivist may
 * change a line; a seeded line is never overwritten), else {@link #DEFAULT}.
 */
@Component
@Order(58)
class ServiceClassifications implements ApplicationRunner {

	record Line(String classificationCode, String creatorUnit) {
	}

	/** Public services in general (Fasilitasi Pelayanan Umum), at the one-stop service office. */
	static final Line DEFAULT = new Line("100.2.5", "dpmptsp");

	/** Permendagri 83/2022 codes for the bundled services. */
	static final Map<String, Line> SEED = Map.of(
			"akta-kelahiran", new Line("400.12.3.1", "disdukcapil"),
			"surat-keterangan-pindah", new Line("400.12.2.2", "disdukcapil"),
			"penerimaan-murid-baru-sd", new Line("400.3.5", "dindik"),
			"penerimaan-murid-baru-smp", new Line("400.3.5", "dindik"),
			"sertifikasi-guru", new Line("400.3.7", "dindik"),
			"kartu-puskesmas", new Line("400.7.22.1", "dinkes"),
			"izin-reklame", new Line("100.3.12", "dpmptsp"),
			"pembayaran-pbb", new Line("900.1", "bapenda"));

	private final ServiceClassificationRepository lines;
	private final TenantDirectory tenants;
	private final TransactionTemplate tx;

	ServiceClassifications(ServiceClassificationRepository lines, TenantDirectory tenants, TransactionTemplate tx) {
		this.lines = lines;
		this.tenants = tenants;
		this.tx = tx;
	}

	/** In the current pemda's transaction. */
	Line lineFor(String serviceCode) {
		return lines.findByServiceCode(serviceCode)
			.map(l -> new Line(l.classificationCode(), l.creatorUnit()))
			.orElse(DEFAULT);
	}

	@Override
	public void run(ApplicationArguments args) {
		for (TenantInfo tenant : tenants.all()) {
			TenantContext.runAs(tenant.id(), () -> tx.executeWithoutResult(status -> SEED.forEach((service, line) -> {
				if (lines.findByServiceCode(service).isEmpty()) {
					lines.save(new ServiceClassification(service, line.classificationCode(), line.creatorUnit()));
				}
			})));
		}
	}
}
