package id.padu.tenancy.internal;

import id.padu.shared.KodeWilayah;
import id.padu.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/**
 * The two demo pemda. Runs first among the demo loaders; the others add their data per tenant.
 * {@code tangerang.localhost} (and plain {@code localhost}) and {@code tangsel.localhost} reach each
 * portal on a developer machine.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("padu.demo.enabled")
class DemoTenants implements ApplicationRunner {

	static final TenantId KOTA_TANGERANG = TenantId.of("kota-tangerang");
	static final TenantId KOTA_TANGERANG_SELATAN = TenantId.of("kota-tangerang-selatan");

	private static final Logger log = LoggerFactory.getLogger(DemoTenants.class);

	private final TenantRepository tenants;

	DemoTenants(TenantRepository tenants) {
		this.tenants = tenants;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (tenants.count() > 0) {
			return;
		}
		tenants.save(new TenantEntity(KOTA_TANGERANG, "Pemerintah Kota Tangerang", "Kota Tangerang",
				KodeWilayah.of("36.71"), Set.of("tangerang.localhost", "localhost", "127.0.0.1")));
		tenants.save(new TenantEntity(KOTA_TANGERANG_SELATAN, "Pemerintah Kota Tangerang Selatan",
				"Kota Tangerang Selatan", KodeWilayah.of("36.74"), Set.of("tangsel.localhost")));
		log.info("Demo tenants created: {}, {}", KOTA_TANGERANG, KOTA_TANGERANG_SELATAN);
	}
}
