package id.padu.admission.internal;

import id.padu.registry.FamilyLocations;
import id.padu.registry.FamilyRecord;
import id.padu.registry.HomeLocation;
import id.padu.registry.Purpose;
import id.padu.registry.Registry;
import id.padu.registry.ResidentRecord;
import id.padu.shared.Nik;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Optional;

/**
 * Reads the applicant's family from the registry with the admission purpose (every read logged and shown to
 * the citizen) and places its home: the house location an officer recorded on the Kartu Keluarga, otherwise
 * the reference point of its kelurahan (marked less precise), otherwise unknown.
 */
@Component
class Households {

	static final Purpose PURPOSE = Purpose.of("Penerimaan murid baru (SPMB) Dinas Pendidikan");

	private final Registry registry;
	private final FamilyLocations locations;
	private final AreaPointRepository areaPoints;

	Households(Registry registry, FamilyLocations locations, AreaPointRepository areaPoints) {
		this.registry = registry;
		this.locations = locations;
		this.areaPoints = areaPoints;
	}

	/**
	 * The household, read once per web request (a form asks for several fields' choices and the check): one
	 * logged read for the citizen to see, not one per field. Event handlers, outside requests, read afresh.
	 */
	@SuppressWarnings("unchecked")
	Optional<Household> of(Nik applicant) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = Households.class.getName() + "." + applicant.value();
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Optional<?> known) {
			return (Optional<Household>) known;
		}
		Optional<Household> household = read(applicant);
		if (request != null) {
			request.setAttribute(key, household, RequestAttributes.SCOPE_REQUEST);
		}
		return household;
	}

	private Optional<Household> read(Nik applicant) {
		Optional<ResidentRecord> resident = registry.findByNik(applicant, PURPOSE);
		if (resident.isEmpty() || resident.get().nomorKk() == null) {
			return Optional.empty();
		}
		Optional<FamilyRecord> family = registry.family(resident.get().nomorKk(), PURPOSE);
		if (family.isEmpty()) {
			return Optional.empty();
		}
		Optional<HomeLocation> house = locations.find(family.get().nomorKk(), PURPOSE);
		if (house.isPresent()) {
			GeoPoint home = new GeoPoint(house.get().latitude(), house.get().longitude());
			return Optional.of(new Household(applicant, family.get(), home, LocationPrecision.HOME));
		}
		return Optional.of(areaPoints.findByKelurahanKode(family.get().address().kelurahan().value())
			.map(p -> new Household(applicant, family.get(), p.point(), LocationPrecision.KELURAHAN))
			.orElseGet(() -> new Household(applicant, family.get(), null, LocationPrecision.NONE)));
	}
}
