package id.padu.registry.internal;

import id.padu.audit.AuditTrail;
import id.padu.registry.internal.DemoPopulation.Kelurahan;
import id.padu.registry.internal.RegistryRows.Household;
import id.padu.shared.KodeWilayah;
import id.padu.shared.web.Formats;
import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import id.padu.wilayah.Wilayah;
import id.padu.wilayah.WilayahDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Demo residents for the two demo pemda while they have none: {@code padu.demo.residents} people each (3,000 by
 * default) in real kelurahan, plus the family of the demo citizen in Kota Tangerang. Deterministic
 * (seeded per tenant) and written in JDBC batches, with one {@code DEMO_IMPORT} audit entry per tenant.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("padu.demo.enabled")
class DemoResidents implements ApplicationRunner {

	static final KodeWilayah KOTA_TANGERANG = KodeWilayah.of("36.71");
	/** The demo pemda; tenants added later by an administrator never get invented residents. */
	static final Set<String> DEMO_TENANTS = Set.of("kota-tangerang", "kota-tangerang-selatan");
	/** Kota Tangerang Selatan was formed on 26 November 2008; people born there before were born in "Tangerang". */
	static final LocalDate TANGSEL_FORMED = LocalDate.of(2008, 11, 26);

	private static final Logger log = LoggerFactory.getLogger(DemoResidents.class);

	private final TenantDirectory tenants;
	private final WilayahDirectory wilayah;
	private final RegistryBatchWriter writer;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final TransactionTemplate tx;
	private final Clock clock;
	private final int count;

	DemoResidents(TenantDirectory tenants, WilayahDirectory wilayah, RegistryBatchWriter writer, JdbcClient jdbc,
			AuditTrail audit, TransactionTemplate tx, Clock clock, @Value("${padu.demo.residents:3000}") int count) {
		this.tenants = tenants;
		this.wilayah = wilayah;
		this.writer = writer;
		this.jdbc = jdbc;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
		this.count = count;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (TenantInfo tenant : tenants.all()) {
			if (DEMO_TENANTS.contains(tenant.id().value())
					&& tenant.kodeWilayah().level() == KodeWilayah.Level.KABUPATEN_KOTA) {
				TenantContext.runAs(tenant.id(), () -> tx.executeWithoutResult(status -> load(tenant)));
			}
		}
	}

	private void load(TenantInfo tenant) {
		String id = tenant.id().value();
		if (jdbc.sql("select count(*) from resident where tenant_id = ?").param(id).query(Long.class).single() > 0) {
			return;
		}
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(clock.withZone(Formats.JAKARTA));
		List<Kelurahan> kelurahan = wilayah.children(tenant.kodeWilayah()).stream()
			.flatMap(kecamatan -> wilayah.children(kecamatan.kode()).stream())
			.map(w -> new Kelurahan(w.kode().value())).toList();
		Map<String, List<String>> kecamatanCache = new ConcurrentHashMap<>();
		String city = tenant.shortName().replaceFirst("^(Kota|Kabupaten) ", "");
		DemoPopulation population = new DemoPopulation(id.hashCode() * 31L + 4_01L, today, kelurahan,
				born -> tenant.kodeWilayah().value().equals("36.74") && born.isBefore(TANGSEL_FORMED) ? "Tangerang" : city,
				regency -> kecamatanCache.computeIfAbsent(regency, r -> wilayah.children(KodeWilayah.of(r)).stream()
					.map(Wilayah::kode).map(KodeWilayah::value).toList()));
		List<Household> batch = new ArrayList<>();
		int total = 0;
		int pending = 0;
		if (tenant.kodeWilayah().equals(KOTA_TANGERANG)) {
			Household citizen = DemoCitizenFamily.household();
			citizen.members().forEach(m -> population.reserve(m.nik()));
			population.reserve(citizen.family().nomorKk());
			batch.add(citizen);
			total += citizen.members().size();
			pending += citizen.members().size();
		}
		Instant now = Instant.now(clock);
		while (total < count) {
			Household household = population.next(count - total);
			batch.add(household);
			total += household.members().size();
			pending += household.members().size();
			if (pending >= RegistryBatchWriter.BATCH) {
				writer.write(id, batch, "demo", now);
				batch.clear();
				pending = 0;
			}
		}
		if (total == 0) {
			return;
		}
		writer.write(id, batch, "demo", now);
		audit.record("DEMO_IMPORT", "Resident", id, Map.of("count", total));
		log.info("Demo residents for {}: {} in {} ms", id, total, (System.nanoTime() - started) / 1_000_000);
	}
}
