package id.padu.registry.internal;

import id.padu.registry.Gender;
import id.padu.registry.LifeEventEntry;
import id.padu.registry.LifeEventType;
import id.padu.registry.MaritalStatus;
import id.padu.registry.ResidentStatus;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.Nik;

import java.time.LocalDate;
import java.util.List;

/**
 * What may happen to whom: events are not in the future nor before birth; a death is recorded once;
 * nobody who died or moved out marries, divorces, moves out or dies again here; a married woman cannot
 * marry again before a divorce (a husband's further marriage needs a court permit that the KUA checks,
 * so the registry records it); a divorce needs the two to be married, to each other as far as the history
 * tells; a child's mother lives here or died no earlier than the birth.
 */
final class LifeEventPolicy {

	private LifeEventPolicy() {
	}

	static void checkDate(LocalDate date, LocalDate birthDate, LocalDate today, String details) {
		if (details != null && details.strip().length() > 500) {
			throw new BusinessRuleViolation("registry.event.detailsTooLong");
		}
		if (date == null) {
			throw new BusinessRuleViolation("registry.event.dateRequired");
		}
		if (date.isAfter(today)) {
			throw new BusinessRuleViolation("registry.event.future");
		}
		if (birthDate != null && date.isBefore(birthDate)) {
			throw new BusinessRuleViolation("registry.event.beforeBirth");
		}
	}

	static void checkDeath(ResidentStatus status, List<LifeEventType> history) {
		if (status == ResidentStatus.MENINGGAL || history.contains(LifeEventType.DEATH)) {
			throw new BusinessRuleViolation("registry.death.alreadyRecorded");
		}
		checkLivesHere(status);
	}

	/**
	 * A child is born to a mother who lives here, or who died here no earlier than the birth (a death in
	 * childbirth); a mother who moved out has her children registered where she lives now.
	 */
	static void checkMother(ResidentStatus status, LocalDate birthDate, LocalDate deathDate) {
		if (status == ResidentStatus.PINDAH) {
			throw new BusinessRuleViolation("registry.birth.motherMovedOut");
		}
		if (status == ResidentStatus.MENINGGAL && (deathDate == null || birthDate.isAfter(deathDate))) {
			throw new BusinessRuleViolation("registry.birth.motherDeceased");
		}
	}

	static void checkMoveOut(ResidentStatus status) {
		checkLivesHere(status);
	}

	static void checkMarriage(ResidentStatus status, Gender gender, MaritalStatus maritalStatus, String name) {
		if (status == ResidentStatus.MENINGGAL) {
			throw new BusinessRuleViolation("registry.marriage.deceased", name);
		}
		checkLivesHere(status);
		if (gender == Gender.P && maritalStatus == MaritalStatus.KAWIN) {
			throw new BusinessRuleViolation("registry.marriage.alreadyMarried", name);
		}
	}

	static void checkCouple(Gender first, Gender second, boolean samePerson) {
		if (samePerson) {
			throw new BusinessRuleViolation("registry.marriage.samePerson");
		}
		if (first == second) {
			throw new BusinessRuleViolation("registry.marriage.sameGender");
		}
	}

	static void checkDivorce(ResidentStatus status, MaritalStatus maritalStatus, String name) {
		checkLivesHere(status);
		if (maritalStatus != MaritalStatus.KAWIN) {
			throw new BusinessRuleViolation("registry.divorce.notMarried", name);
		}
	}

	/** Whether anything more can be recorded for the resident: not after death or moving out. */
	static void checkRecordable(ResidentStatus status) {
		checkLivesHere(status);
	}

	/**
	 * A divorce ends the woman's current marriage: when her history records one, it must be with this
	 * man. Records imported without their history are taken as their marital status says.
	 */
	static void checkSpouses(List<LifeEventEntry> womansHistory, Nik man) {
		womansHistory.stream()
			.filter(e -> e.type() == LifeEventType.MARRIAGE || e.type() == LifeEventType.DIVORCE)
			.reduce((first, second) -> second)
			.filter(last -> last.type() == LifeEventType.MARRIAGE && !man.equals(last.relatedNik()))
			.ifPresent(other -> {
				throw new BusinessRuleViolation("registry.divorce.notSpouses");
			});
	}

	private static void checkLivesHere(ResidentStatus status) {
		if (status == ResidentStatus.MENINGGAL) {
			throw new BusinessRuleViolation("registry.resident.deceased");
		}
		if (status == ResidentStatus.PINDAH) {
			throw new BusinessRuleViolation("registry.resident.movedOut");
		}
	}
}
