package id.padu.registry.internal;

import id.padu.audit.PersonalDataAccess;
import id.padu.audit.PersonalDataAccessLog;
import id.padu.audit.PersonalDataAccessLog.Channel;
import id.padu.registry.Address;
import id.padu.registry.FamilyRecord;
import id.padu.registry.LifeEventEntry;
import id.padu.registry.LifeEventType;
import id.padu.registry.NewResident;
import id.padu.registry.Purpose;
import id.padu.registry.Registry;
import id.padu.registry.ResidentField;
import id.padu.registry.ResidentRecord;
import id.padu.shared.KodeWilayah;
import id.padu.shared.Nik;
import id.padu.shared.NomorKk;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** The module API: reads go through {@link RegistryReads} (logged), changes through {@link LifeEvents}. */
@Service
@Transactional
class RegistryService implements Registry {

	private final RegistryReads reads;
	private final LifeEvents lifeEvents;
	private final PersonalDataAccessLog log;

	RegistryService(RegistryReads reads, LifeEvents lifeEvents, PersonalDataAccessLog log) {
		this.reads = reads;
		this.lifeEvents = lifeEvents;
		this.log = log;
	}

	@Override
	public Optional<ResidentRecord> findByNik(Nik nik, Purpose purpose) {
		return reads.read(nik, purpose, ResidentField.RECORD, Channel.PAGE).map(ResidentPicture::resident);
	}

	@Override
	public Optional<FamilyRecord> family(NomorKk nomorKk, Purpose purpose) {
		return reads.family(nomorKk, purpose, Channel.PAGE);
	}

	@Override
	public List<LifeEventEntry> lifeEvents(Nik nik, Purpose purpose) {
		return reads.read(nik, purpose, EnumSet.of(ResidentField.NIK, ResidentField.LIFE_EVENTS), Channel.PAGE)
			.map(ResidentPicture::events).orElse(List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalDataAccess> accessLog(Nik nik) {
		return log.forNik(nik);
	}

	@Override
	public ResidentRecord recordBirth(NewResident child, Nik mother, Nik father, String details) {
		return lifeEvents.birth(child, mother, father, details);
	}

	@Override
	public ResidentRecord recordMoveIn(NewResident resident, KodeWilayah from, LocalDate date, String details) {
		return lifeEvents.moveIn(resident, from, date, details);
	}

	@Override
	public void recordMoveOut(Nik nik, KodeWilayah to, LocalDate date, String details) {
		lifeEvents.moveOut(nik, to, date, details);
	}

	@Override
	public void recordAddressChange(Nik nik, Address to, LocalDate date, String details) {
		lifeEvents.addressChange(nik, to, date, details);
	}

	@Override
	public void recordDeath(Nik nik, LocalDate date, String details) {
		lifeEvents.death(nik, date, details);
	}

	@Override
	public void recordMarriage(Nik first, Nik second, LocalDate date, String details) {
		lifeEvents.marriage(first, second, date, details, LifeEventType.MARRIAGE);
	}

	@Override
	public void recordDivorce(Nik first, Nik second, LocalDate date, String details) {
		lifeEvents.marriage(first, second, date, details, LifeEventType.DIVORCE);
	}
}
