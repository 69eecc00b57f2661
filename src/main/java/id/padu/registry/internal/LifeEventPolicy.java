package id.padu.registry.internal;

import id.padu.registry.Gender;
import id.padu.registry.LifeEventType;
import id.padu.registry.MaritalStatus;
import id.padu.registry.ResidentStatus;
import id.padu.shared.BusinessRuleViolation;

import java.time.LocalDate;
import java.util.List;

/**
 * What may happen to whom: events are not in the future nor before birth; a death is recorded once;
 * nobody who died or moved out marries, divorces, moves out or dies again here; a married woman cannot
 * marry again before a divorce (a husband's further marriage needs a court permit that the KUA checks,
 * so the registry records it); a divorce needs the two to be married.
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

	private static void checkLivesHere(ResidentStatus status) {
		if (status == ResidentStatus.MENINGGAL) {
			throw new BusinessRuleViolation("registry.resident.deceased");
		}
		if (status == ResidentStatus.PINDAH) {
			throw new BusinessRuleViolation("registry.resident.movedOut");
		}
	}
}
