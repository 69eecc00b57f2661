package id.padu.localtax.internal;

import id.padu.shared.KodeWilayah;
import id.padu.shared.TenantId;
import id.padu.shared.web.Formats;
import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import id.padu.wilayah.Wilayah;
import id.padu.wilayah.WilayahDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A demo tax roll for every pemda with a PBB-P2 regulation: the demo citizen {@code warga}'s house (last year
 * paid, this year overdue) and a plot of land, and {@value #GENERATED} generated objects spread over the pemda's
 * kelurahan with taxpayers' NIKs of the city's pattern (most of them not residents in the demo registry, as many
 * owners live elsewhere), each with last year's and this year's SPPT. Deterministic; a pemda that already has
 * tax objects is left alone.
 */
@Component
@Order(80)
@ConditionalOnBooleanProperty("padu.demo.enabled")
class DemoTaxObjects implements ApplicationRunner {

	static final int GENERATED = 3000;
	static final String WARGA = "3671014508900003";

	private static final Logger log = LoggerFactory.getLogger(DemoTaxObjects.class);
	private static final long[] NJOP_LAND = { 614_000, 1_032_000, 1_434_000, 2_150_000, 2_835_000, 3_900_000, 5_218_000 };
	private static final String[] LAND_CLASS = { "A31", "A28", "A26", "A23", "A21", "A19", "A17" };

	private final TenantDirectory tenants;
	private final PbbRegulations regulations;
	private final WilayahDirectory wilayah;
	private final DemoTaxRoll roll;
	private final JdbcClient jdbc;
	private final TransactionTemplate tx;
	private final Clock clock;

	DemoTaxObjects(TenantDirectory tenants, PbbRegulations regulations, WilayahDirectory wilayah, DemoTaxRoll roll,
			JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
		this.tenants = tenants;
		this.regulations = regulations;
		this.wilayah = wilayah;
		this.roll = roll;
		this.jdbc = jdbc;
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (TenantInfo tenant : tenants.all()) {
			TenantContext.runAs(tenant.id(), () -> regulations.current()
				.ifPresent(regulation -> tx.executeWithoutResult(status -> load(tenant, regulation))));
		}
	}

	private void load(TenantInfo tenant, PbbRegulation regulation) {
		TenantId id = tenant.id();
		if (jdbc.sql("select count(*) from pbb_object where tenant_id = ?").param(id.value()).query(Long.class)
			.single() > 0) {
			return;
		}
		int year = LocalDate.now(clock.withZone(Formats.JAKARTA)).getYear();
		List<DemoTaxRoll.NewObject> objects = new ArrayList<>();
		if (tenant.kodeWilayah().value().equals("36.71")) {
			KodeWilayah home = KodeWilayah.of("36.71.01.1005");
			objects.add(new DemoTaxRoll.NewObject(NopAreas.prefix(home) + "00100010", WARGA, "Jl. KH. Hasyim Ashari No. 17",
					"003", "005", home.value(), 120, "A23", 2_150_000, 90, "A11", 1_220_000, true, true, false));
			KodeWilayah plot = KodeWilayah.of("36.71.05.1003");
			objects.add(new DemoTaxRoll.NewObject(NopAreas.prefix(plot) + "00200070", WARGA, "Jl. Kavling Cipondoh Indah",
					null, null, plot.value(), 200, "A26", 1_434_000, 0, null, 0, false, true, true));
		}
		objects.addAll(generated(tenant));
		roll.insert(id, objects, regulation, year);
		log.info("Demo PBB-P2 roll of {}: {} tax objects with SPPT {} and {}", id, objects.size(), year - 1, year);
	}

	private List<DemoTaxRoll.NewObject> generated(TenantInfo tenant) {
		List<Wilayah> kelurahan = new ArrayList<>();
		wilayah.children(tenant.kodeWilayah()).forEach(kecamatan -> kelurahan.addAll(wilayah.children(kecamatan.kode())));
		Random random = new Random(tenant.id().value().hashCode() * 17L + 2026);
		List<DemoTaxRoll.NewObject> objects = new ArrayList<>();
		String city = tenant.kodeWilayah().value().replace(".", "");
		for (int i = 0; i < GENERATED && !kelurahan.isEmpty(); i++) {
			Wilayah area = kelurahan.get(i % kelurahan.size());
			int index = i / kelurahan.size();
			String nop = NopAreas.prefix(area.kode()) + String.format("%03d%04d0", 10 + index / 200, 1 + index % 200);
			String kecamatan = area.kode().value().substring(6, 8);
			int day = 1 + random.nextInt(28) + (random.nextBoolean() ? 40 : 0);
			String nik = String.format("%s%s%02d%02d%02d%04d", city, kecamatan, day, 1 + random.nextInt(12),
					50 + random.nextInt(50), 1 + random.nextInt(9999));
			int landClass = random.nextInt(NJOP_LAND.length);
			long land = 60 + random.nextInt(540);
			long building = random.nextInt(5) == 0 ? 0 : 36 + random.nextInt(Math.max(1, (int) land));
			objects.add(new DemoTaxRoll.NewObject(nop, nik, "Jl. " + area.nama() + " No. " + (1 + random.nextInt(150)),
					String.format("%03d", 1 + random.nextInt(12)), String.format("%03d", 1 + random.nextInt(9)),
					area.kode().value(), land, LAND_CLASS[landClass], NJOP_LAND[landClass], building,
					building == 0 ? null : "A1" + (1 + random.nextInt(5)), building == 0 ? 0 : 900_000 + random.nextInt(7) * 100_000L,
					true, random.nextInt(10) < 9, random.nextInt(10) < 3));
		}
		return objects;
	}
}
