package id.padu.admission.internal;

import id.padu.registry.FamilyLocations;
import id.padu.registry.HomeLocation;
import id.padu.shared.KodeWilayah;
import id.padu.shared.NomorKk;
import id.padu.shared.TenantId;
import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import id.padu.wilayah.Wilayah;
import id.padu.wilayah.WilayahDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kota Tangerang's admission demo: kelurahan reference points, the state schools of {@link DemoSchools}, and an
 * SD and an SMP period for the coming school year whose registration is open from a week ago for three weeks
 * (announcement a week after closing). The demo citizen's family gets a recorded house location in Cikokol.
 * Kota Tangerang Selatan gets three SMP and a period too. A pemda that already has schools is left alone.
 */
@Component
@Order(80)
@ConditionalOnBooleanProperty("padu.demo.enabled")
class DemoAdmission implements ApplicationRunner {

	static final TenantId TANGERANG = TenantId.of("kota-tangerang");
	static final TenantId TANGSEL = TenantId.of("kota-tangerang-selatan");
	static final String SD_SERVICE = "penerimaan-murid-baru-sd";
	static final String SMP_SERVICE = "penerimaan-murid-baru-smp";
	/** The demo citizen's Kartu Keluarga and its house on Jl. KH. Hasyim Ashari, Cikokol. */
	static final String WARGA_KK = "3671011212180002";
	static final HomeLocation WARGA_HOME = new HomeLocation(-6.1985, 106.6372);

	private final TenantDirectory tenants;
	private final WilayahDirectory wilayah;
	private final SchoolRepository schools;
	private final AreaPointRepository areaPoints;
	private final PeriodRepository periods;
	private final QuotaRepository quotas;
	private final FamilyLocations families;
	private final Periods finder;
	private final TransactionTemplate tx;

	DemoAdmission(TenantDirectory tenants, WilayahDirectory wilayah, SchoolRepository schools,
			AreaPointRepository areaPoints, PeriodRepository periods, QuotaRepository quotas, FamilyLocations families,
			Periods finder, TransactionTemplate tx) {
		this.tenants = tenants;
		this.wilayah = wilayah;
		this.schools = schools;
		this.areaPoints = areaPoints;
		this.periods = periods;
		this.quotas = quotas;
		this.families = families;
		this.finder = finder;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (tenants.find(TANGERANG).isPresent()) {
			TenantContext.runAs(TANGERANG, () -> tx.executeWithoutResult(status -> {
				if (schools.count() == 0) {
					load();
				}
			}));
		}
		if (tenants.find(TANGSEL).isPresent()) {
			TenantContext.runAs(TANGSEL, () -> tx.executeWithoutResult(status -> {
				if (schools.count() == 0) {
					loadTangsel();
				}
			}));
		}
	}

	/** A small SMP period of Kota Tangerang Selatan, so each demo pemda has its own admission data. */
	private void loadTangsel() {
		String[][] demo = { { "20674101", "SMP Negeri 1 Tangerang Selatan", "36.74.01.1009", "-6.3120", "106.6680" },
				{ "20674102", "SMP Negeri 2 Tangerang Selatan", "36.74.03.1001", "-6.2700", "106.7150" },
				{ "20674103", "SMP Negeri 3 Tangerang Selatan", "36.74.04.1001", "-6.3100", "106.7500" } };
		for (String[] school : demo) {
			schools.save(new School(school[0], school[1], SchoolLevel.SMP, "Kota Tangerang Selatan", school[2],
					new GeoPoint(Double.parseDouble(school[3]), Double.parseDouble(school[4]))));
		}
		schools.flush();
		LocalDate today = finder.today();
		period(SMP_SERVICE, today.getMonthValue() >= 7 ? today.getYear() + 1 : today.getYear(), SchoolLevel.SMP, today,
				40, 20, 5, 256);
	}

	private void load() {
		Map<String, GeoPoint> points = areaPoints();
		Map<String, String> kecamatanNames = new HashMap<>();
		wilayah.children(KodeWilayah.of("36.71")).forEach(w -> kecamatanNames.put(w.kode().value(), w.nama()));
		int n = 0;
		for (DemoSchools.DemoSchool demo : DemoSchools.all()) {
			GeoPoint base = points.get(demo.kelurahan());
			double angle = ++n * 2.4;
			GeoPoint at = new GeoPoint(base.latitude() + 0.0025 * Math.sin(angle), base.longitude() + 0.0025 * Math.cos(angle));
			String kelurahan = wilayah.find(KodeWilayah.of(demo.kelurahan())).map(Wilayah::nama).orElse("");
			String address = "Kel. " + kelurahan + ", Kec. " + kecamatanNames.get(demo.kelurahan().substring(0, 8))
					+ ", Kota Tangerang";
			schools.save(new School(demo.npsn(), demo.name(), demo.level(), address, demo.kelurahan(), at));
		}
		// Quotas refer to schools and periods by id only: Hibernate cannot order those inserts by itself.
		schools.flush();
		LocalDate today = finder.today();
		int year = today.getMonthValue() >= 7 ? today.getYear() + 1 : today.getYear();
		period(SMP_SERVICE, year, SchoolLevel.SMP, today, 40, 20, 5, 288);
		period(SD_SERVICE, year, SchoolLevel.SD, today, 70, 15, 5, 56);
		families.record(NomorKk.of(WARGA_KK), WARGA_HOME);
	}

	/** Each kelurahan's point on a ring of about 1 km around its kecamatan's centre: demo values, not surveyed. */
	private Map<String, GeoPoint> areaPoints() {
		Map<String, GeoPoint> points = new HashMap<>();
		DemoSchools.KECAMATAN_CENTRES.forEach((kecamatan, centre) -> {
			List<Wilayah> kelurahan = wilayah.children(KodeWilayah.of(kecamatan));
			for (int i = 0; i < kelurahan.size(); i++) {
				double angle = 2 * Math.PI * i / kelurahan.size();
				GeoPoint point = new GeoPoint(centre[0] + 0.009 * Math.sin(angle), centre[1] + 0.009 * Math.cos(angle));
				points.put(kelurahan.get(i).kode().value(), point);
				areaPoints.save(new AreaPoint(kelurahan.get(i).kode().value(), point));
			}
		});
		return points;
	}

	private void period(String service, int year, SchoolLevel level, LocalDate today, int zonasi, int afirmasi,
			int mutasi, int capacity) {
		AdmissionPeriod period = periods.saveAndFlush(new AdmissionPeriod(service, year, level, today.minusDays(7),
				today.plusDays(14), today.plusDays(21), zonasi, afirmasi, mutasi));
		schools.findAll().stream().filter(s -> s.level() == level).forEach(s -> quotas.save(new SchoolQuota(
				period.getId(), s.getId(), QuotaPolicy.defaults(level, capacity, zonasi, afirmasi, mutasi))));
	}
}
