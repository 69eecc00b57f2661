package id.padu.registry.internal;

import id.padu.registry.Address;
import id.padu.registry.Gender;
import id.padu.registry.IdentifierRules;
import id.padu.registry.LifeEventRecorded;
import id.padu.registry.LifeEventType;
import id.padu.registry.MaritalStatus;
import id.padu.registry.NewResident;
import id.padu.registry.ResidentRecord;
import id.padu.registry.ResidentRegistered;
import id.padu.registry.ResidentStatus;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.KodeWilayah;
import id.padu.shared.Nik;
import id.padu.shared.NotFoundException;
import id.padu.shared.web.Formats;
import id.padu.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Changes to the registry, each as a life event appended to history. Every check runs before the
 * first write, and all writes share one transaction, so a refused change leaves nothing behind.
 */
@Service
@Transactional
class LifeEvents {

	private final ResidentRepository residents;
	private final FamilyRepository families;
	private final LifeEventRepository events;
	private final IdentifierRules identifiers;
	private final Readers readers;
	private final MoveAreas areas;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;

	LifeEvents(ResidentRepository residents, FamilyRepository families, LifeEventRepository events,
			IdentifierRules identifiers, Readers readers, MoveAreas areas, ApplicationEventPublisher publisher,
			Clock clock) {
		this.residents = residents;
		this.families = families;
		this.events = events;
		this.identifiers = identifiers;
		this.readers = readers;
		this.areas = areas;
		this.publisher = publisher;
		this.clock = clock;
	}

	ResidentRecord birth(NewResident child, Nik mother, Nik father, String details) {
		Resident mum = resident(mother);
		if (mum.gender() != Gender.P) {
			throw new BusinessRuleViolation("registry.birth.motherNotFemale");
		}
		LifeEventPolicy.checkMother(mum.status(), child.birthDate(), mum.status() == ResidentStatus.MENINGGAL
				? lastOf(mother, LifeEventType.DEATH) : null);
		if (father != null && resident(father).gender() != Gender.L) {
			throw new BusinessRuleViolation("registry.birth.fatherNotMale");
		}
		if (mum.nomorKk() == null || !mum.nomorKk().equals(child.nomorKk().value())) {
			throw new BusinessRuleViolation("registry.birth.notMothersFamily");
		}
		Resident added = join(child, child.birthDate(), LifeEventType.BIRTH, mother, null, details);
		append(mother, LifeEventType.BIRTH, child.birthDate(), details, child.nik(), null);
		return added.toRecord();
	}

	ResidentRecord moveIn(NewResident resident, KodeWilayah from, LocalDate date, String details) {
		areas.check(from, MoveAreas.Direction.ORIGIN);
		return join(resident, date, LifeEventType.MOVE_IN, null, from, details).toRecord();
	}

	void moveOut(Nik nik, KodeWilayah to, LocalDate date, String details) {
		Resident resident = resident(nik);
		LifeEventPolicy.checkDate(date, resident.birthDate(), today(), details);
		LifeEventPolicy.checkMoveOut(resident.status());
		areas.check(to, MoveAreas.Direction.DESTINATION);
		resident.moveOut();
		append(nik, LifeEventType.MOVE_OUT, date, details, null, to);
	}

	void addressChange(Nik nik, Address to, LocalDate date, String details) {
		Resident resident = resident(nik);
		LifeEventPolicy.checkDate(date, resident.birthDate(), today(), details);
		LifeEventPolicy.checkMoveOut(resident.status());
		areas.checkAddress(to.kelurahan());
		resident.relocate(to);
		append(nik, LifeEventType.ADDRESS_CHANGE, date, details, null, to.kelurahan());
		if (resident.nomorKk() != null) {
			List<Resident> members = residents.findByNomorKk(resident.nomorKk());
			boolean allMoved = members.stream().filter(m -> m.status() == ResidentStatus.HIDUP)
				.allMatch(m -> m.livesAt(to));
			if (allMoved) {
				families.findByNomorKk(resident.nomorKk()).ifPresent(family -> family.relocate(to));
			}
		}
	}

	void death(Nik nik, LocalDate date, String details) {
		Resident resident = resident(nik);
		LifeEventPolicy.checkDate(date, resident.birthDate(), today(), details);
		List<LifeEvent> history = events.findByNikOrderByDateAscRecordedAtAsc(nik.value());
		LifeEventPolicy.checkDeath(resident.status(), history.stream().map(LifeEvent::type).toList());
		resident.die();
		append(nik, LifeEventType.DEATH, date, details, null, null);
		// The surviving spouse of the last marriage (unless divorced since) becomes cerai mati.
		history.stream().map(LifeEvent::toEntry)
			.filter(e -> e.type() == LifeEventType.MARRIAGE || e.type() == LifeEventType.DIVORCE)
			.reduce((first, second) -> second)
			.filter(last -> last.type() == LifeEventType.MARRIAGE && last.relatedNik() != null)
			.flatMap(last -> residents.findByNik(last.relatedNik().value()))
			.filter(spouse -> spouse.maritalStatus() == MaritalStatus.KAWIN)
			.ifPresent(Resident::widow);
	}

	void marriage(Nik first, Nik second, LocalDate date, String details, LifeEventType type) {
		Resident a = resident(first);
		Resident b = resident(second);
		LifeEventPolicy.checkDate(date, a.birthDate().isAfter(b.birthDate()) ? a.birthDate() : b.birthDate(), today(), details);
		LifeEventPolicy.checkCouple(a.gender(), b.gender(), first.equals(second));
		if (type == LifeEventType.DIVORCE) {
			Resident woman = a.gender() == Gender.P ? a : b;
			LifeEventPolicy.checkSpouses(events.findByNikOrderByDateAscRecordedAtAsc(woman.nik().value()).stream()
				.map(LifeEvent::toEntry).toList(), (woman == a ? b : a).nik());
		}
		for (Resident r : List.of(a, b)) {
			if (type == LifeEventType.MARRIAGE) {
				LifeEventPolicy.checkMarriage(r.status(), r.gender(), r.maritalStatus(), r.fullName());
			} else {
				LifeEventPolicy.checkDivorce(r.status(), r.maritalStatus(), r.fullName());
			}
		}
		for (Resident r : List.of(a, b)) {
			if (type == LifeEventType.MARRIAGE) {
				r.marry();
			} else {
				r.divorce();
			}
		}
		append(first, type, date, details, second, null);
		append(second, type, date, details, first, null);
	}

	private Resident join(NewResident data, LocalDate date, LifeEventType cause, Nik related, KodeWilayah from,
			String details) {
		identifiers.checkNik(data.nik(), data.birthDate(), data.gender());
		LifeEventPolicy.checkDate(date, data.birthDate(), today(), details);
		if (residents.existsByNik(data.nik().value())) {
			throw new BusinessRuleViolation("registry.resident.nikTaken", data.nik().value());
		}
		Family family = families.findByNomorKk(data.nomorKk().value())
			.orElseThrow(() -> new NotFoundException("registry.family.notFound"));
		FamilyPolicy.checkJoin(residents.findByNomorKk(data.nomorKk().value()).stream().map(Resident::toMember).toList(),
				data.relationship());
		Resident resident = residents.save(new Resident(data, family.address(), Instant.now(clock)));
		append(data.nik(), cause, date, details, related, from);
		publisher.publishEvent(new ResidentRegistered(TenantContext.require(), data.nik(), data.nomorKk(), cause));
		return resident;
	}

	private void append(Nik nik, LifeEventType type, LocalDate date, String details, Nik related, KodeWilayah wilayah) {
		events.save(new LifeEvent(nik, type, date, details, related, wilayah, readers.current().name(),
				Instant.now(clock)));
		publisher.publishEvent(new LifeEventRecorded(TenantContext.require(), nik, type, date));
	}

	/** The date of the resident's latest event of this type, or null. */
	private LocalDate lastOf(Nik nik, LifeEventType type) {
		return events.findByNikOrderByDateAscRecordedAtAsc(nik.value()).stream().map(LifeEvent::toEntry)
			.filter(e -> e.type() == type).reduce((first, second) -> second).map(e -> e.date()).orElse(null);
	}

	private Resident resident(Nik nik) {
		return residents.findByNik(nik.value()).orElseThrow(() -> new NotFoundException("registry.resident.notFound"));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.JAKARTA));
	}
}
