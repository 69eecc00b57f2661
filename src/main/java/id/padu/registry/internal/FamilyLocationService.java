package id.padu.registry.internal;

import id.padu.audit.PersonalDataAccessLog;
import id.padu.audit.PersonalDataAccessLog.Channel;
import id.padu.registry.FamilyLocations;
import id.padu.registry.HomeLocation;
import id.padu.registry.Purpose;
import id.padu.shared.Nik;
import id.padu.shared.NomorKk;
import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Reads (logged for each member of the card) and records (audited by the entity listener) a family's home. */
@Service
@Transactional
class FamilyLocationService implements FamilyLocations {

	static final String FIELD = "homeLocation";

	private final FamilyRepository families;
	private final ResidentRepository residents;
	private final PersonalDataAccessLog log;
	private final Readers readers;

	FamilyLocationService(FamilyRepository families, ResidentRepository residents, PersonalDataAccessLog log,
			Readers readers) {
		this.families = families;
		this.residents = residents;
		this.log = log;
		this.readers = readers;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<HomeLocation> find(NomorKk nomorKk, Purpose purpose) {
		Optional<HomeLocation> location = families.findByNomorKk(nomorKk.value()).flatMap(Family::location);
		if (location.isPresent()) {
			List<Nik> members = residents.findByNomorKk(nomorKk.value()).stream().map(Resident::nik).toList();
			log.recordAll(members, readers.current(), purpose.text(), List.of(FIELD), Channel.API);
		}
		return location;
	}

	@Override
	public void record(NomorKk nomorKk, HomeLocation location) {
		families.findByNomorKk(nomorKk.value()).orElseThrow(() -> new NotFoundException("registry.family.notFound"))
			.locate(location);
	}
}
