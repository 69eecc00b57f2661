package id.padu.registry.internal;

import id.padu.registry.FamilyMember;
import id.padu.registry.FamilyRelationship;
import id.padu.registry.Gender;
import id.padu.registry.LifeEventType;
import id.padu.registry.MaritalStatus;
import id.padu.registry.ResidentStatus;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.Nik;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry's rules on plain values. */
class RegistryPolicyTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	final FamilyMember head = member("3671011402870001", FamilyRelationship.KEPALA_KELUARGA, Gender.L, ResidentStatus.HIDUP);
	final FamilyMember wife = member("3671014508900003", FamilyRelationship.ISTRI, Gender.P, ResidentStatus.HIDUP);

	@Test
	void oneHeadPerFamily() {
		assertThatThrownBy(() -> FamilyPolicy.checkJoin(List.of(head, wife), FamilyRelationship.KEPALA_KELUARGA))
			.isInstanceOf(BusinessRuleViolation.class).hasMessage("registry.family.headExists");
		assertThatCode(() -> FamilyPolicy.checkJoin(List.of(head, wife), FamilyRelationship.ANAK)).doesNotThrowAnyException();
		FamilyMember deadHead = member("3671011402870001", FamilyRelationship.KEPALA_KELUARGA, Gender.L,
				ResidentStatus.MENINGGAL);
		assertThatCode(() -> FamilyPolicy.checkJoin(List.of(deadHead, wife), FamilyRelationship.KEPALA_KELUARGA))
			.doesNotThrowAnyException();
		FamilyMember husband = member("3671011402870002", FamilyRelationship.SUAMI, Gender.L, ResidentStatus.HIDUP);
		assertThatThrownBy(() -> FamilyPolicy.checkJoin(List.of(husband), FamilyRelationship.SUAMI))
			.hasMessage("registry.family.husbandExists");
	}

	@Test
	void aDeathIsRecordedOnlyOnce() {
		assertThatCode(() -> LifeEventPolicy.checkDeath(ResidentStatus.HIDUP, List.of(LifeEventType.BIRTH)))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> LifeEventPolicy.checkDeath(ResidentStatus.MENINGGAL, List.of()))
			.hasMessage("registry.death.alreadyRecorded");
		// The history decides even if the status was somehow not updated.
		assertThatThrownBy(() -> LifeEventPolicy.checkDeath(ResidentStatus.HIDUP, List.of(LifeEventType.DEATH)))
			.hasMessage("registry.death.alreadyRecorded");
		assertThatThrownBy(() -> LifeEventPolicy.checkDeath(ResidentStatus.PINDAH, List.of()))
			.hasMessage("registry.resident.movedOut");
	}

	@Test
	void theDeadDoNotMarry() {
		assertThatThrownBy(() -> LifeEventPolicy.checkMarriage(ResidentStatus.MENINGGAL, Gender.L, MaritalStatus.CERAI_MATI, "Slamet"))
			.hasMessage("registry.marriage.deceased");
		assertThatThrownBy(() -> LifeEventPolicy.checkMarriage(ResidentStatus.HIDUP, Gender.P, MaritalStatus.KAWIN, "Sri"))
			.hasMessage("registry.marriage.alreadyMarried");
		assertThatCode(() -> LifeEventPolicy.checkMarriage(ResidentStatus.HIDUP, Gender.P, MaritalStatus.CERAI_HIDUP, "Sri"))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> LifeEventPolicy.checkCouple(Gender.L, Gender.L, false)).hasMessage("registry.marriage.sameGender");
		assertThatThrownBy(() -> LifeEventPolicy.checkCouple(Gender.L, Gender.P, true)).hasMessage("registry.marriage.samePerson");
		assertThatThrownBy(() -> LifeEventPolicy.checkDivorce(ResidentStatus.HIDUP, MaritalStatus.BELUM_KAWIN, "Asep"))
			.hasMessage("registry.divorce.notMarried");
	}

	@Test
	void eventDatesLieBetweenBirthAndToday() {
		LocalDate born = LocalDate.of(1990, 8, 5);
		assertThatCode(() -> LifeEventPolicy.checkDate(TODAY, born, TODAY, null)).doesNotThrowAnyException();
		assertThatThrownBy(() -> LifeEventPolicy.checkDate(TODAY.plusDays(1), born, TODAY, null)).hasMessage("registry.event.future");
		assertThatThrownBy(() -> LifeEventPolicy.checkDate(born.minusDays(1), born, TODAY, null)).hasMessage("registry.event.beforeBirth");
		assertThatThrownBy(() -> LifeEventPolicy.checkDate(null, born, TODAY, null)).hasMessage("registry.event.dateRequired");
		assertThatThrownBy(() -> LifeEventPolicy.checkDate(TODAY, born, TODAY, "x".repeat(501)))
			.hasMessage("registry.event.detailsTooLong");
	}

	private static FamilyMember member(String nik, FamilyRelationship relationship, Gender gender, ResidentStatus status) {
		return new FamilyMember(Nik.of(nik), "Nama", relationship, gender, LocalDate.of(1990, 1, 1), status);
	}
}
