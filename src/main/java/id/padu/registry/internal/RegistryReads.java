package id.padu.registry.internal;

import id.padu.audit.PersonalDataAccessLog;
import id.padu.audit.PersonalDataAccessLog.Accessor;
import id.padu.audit.PersonalDataAccessLog.Channel;
import id.padu.registry.FamilyMember;
import id.padu.registry.FamilyRecord;
import id.padu.registry.FamilyRelationship;
import id.padu.registry.Purpose;
import id.padu.registry.ResidentField;
import id.padu.registry.ResidentRecord;
import id.padu.shared.Nik;
import id.padu.shared.NomorKk;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every read of resident data, and its log entry, committed before the data is returned: no data
 * leaves without its entry. A reader who also sees the family logs a read of each other member's listed fields.
 * <p>
 * A read of the resident's own fields is one statement and runs without a transaction of its own (inside a
 * caller's transaction it joins it): {@code BEGIN READ ONLY} and {@code COMMIT} were two of its three round
 * trips, and the request no longer holds a connection while it waits for its log entry's commit. A read with
 * the family or the life events reads several tables and gets one read-only transaction, so all of it
 * comes from one snapshot.
 */
@Service
class RegistryReads {

	private static final Comparator<FamilyMember> CARD_ORDER = Comparator
		.comparing((FamilyMember m) -> m.relationship() != FamilyRelationship.KEPALA_KELUARGA)
		.thenComparing(FamilyMember::birthDate);

	private final ResidentRepository residents;
	private final FamilyRepository families;
	private final LifeEventRepository events;
	private final PersonalDataAccessLog log;
	private final Readers readers;
	private final ResidentRows rows;
	private final TransactionTemplate snapshot;

	RegistryReads(ResidentRepository residents, FamilyRepository families, LifeEventRepository events,
			PersonalDataAccessLog log, Readers readers, ResidentRows rows, PlatformTransactionManager transactions) {
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.residents = residents;
		this.families = families;
		this.events = events;
		this.log = log;
		this.readers = readers;
		this.rows = rows;
	}

	/**
	 * Whether the pemda holds this NIK. Reveals no personal data, so it is not logged; pages use it
	 * to say "not registered" before asking for a purpose.
	 */
	@Transactional(readOnly = true)
	boolean holds(Nik nik) {
		return residents.existsByNik(nik.value());
	}

	@Transactional(readOnly = true)
	boolean holds(NomorKk nomorKk) {
		return families.existsByNomorKk(nomorKk.value());
	}

	Optional<ResidentPicture> read(Nik nik, Purpose purpose, Set<ResidentField> fields, Channel channel) {
		if (!fields.contains(ResidentField.FAMILY) && !fields.contains(ResidentField.LIFE_EVENTS)) {
			return readWithin(nik, purpose, fields, channel);
		}
		return snapshot.execute(status -> readWithin(nik, purpose, fields, channel));
	}

	private Optional<ResidentPicture> readWithin(Nik nik, Purpose purpose, Set<ResidentField> fields, Channel channel) {
		Optional<ResidentRecord> found = rows.byNik(nik);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ResidentRecord record = found.get();
		Set<ResidentField> given = fields.isEmpty() ? EnumSet.noneOf(ResidentField.class) : EnumSet.copyOf(fields);
		Accessor reader = readers.current();
		log.record(nik, reader, purpose.text(), given.stream().map(ResidentField::jsonName).toList(), channel);
		Optional<FamilyRecord> family = Optional.empty();
		if (given.contains(ResidentField.FAMILY) && record.nomorKk() != null) {
			family = load(record.nomorKk());
			family.ifPresent(f -> logMembers(f, nik, reader, purpose, channel));
		}
		var history = given.contains(ResidentField.LIFE_EVENTS)
				? events.findByNikOrderByDateAscRecordedAtAsc(nik.value()).stream().map(LifeEvent::toEntry).toList()
				: List.<id.padu.registry.LifeEventEntry>of();
		return Optional.of(new ResidentPicture(record, given, family, history));
	}

	@Transactional(readOnly = true)
	Optional<FamilyRecord> family(NomorKk nomorKk, Purpose purpose, Channel channel) {
		Optional<FamilyRecord> family = load(nomorKk);
		family.ifPresent(f -> logMembers(f, null, readers.current(), purpose, channel));
		return family;
	}

	private Optional<FamilyRecord> load(NomorKk nomorKk) {
		return families.findByNomorKk(nomorKk.value()).map(family -> family.toRecord(
				residents.findByNomorKk(nomorKk.value()).stream().map(Resident::toMember).sorted(CARD_ORDER).toList()));
	}

	private void logMembers(FamilyRecord family, Nik except, Accessor reader, Purpose purpose, Channel channel) {
		List<Nik> others = family.members().stream().map(m -> m.nik()).filter(n -> !n.equals(except)).toList();
		if (!others.isEmpty()) {
			log.recordAll(others, reader, purpose.text(), ResidentField.MEMBER, channel);
		}
	}
}
