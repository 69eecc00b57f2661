package id.padu.registry.internal;

import id.padu.registry.Address;
import id.padu.registry.BloodType;
import id.padu.registry.Citizenship;
import id.padu.registry.FamilyMember;
import id.padu.registry.FamilyRecord;
import id.padu.registry.FamilyRelationship;
import id.padu.registry.Gender;
import id.padu.registry.IdentifierRules;
import id.padu.registry.LifeEventEntry;
import id.padu.registry.LifeEventType;
import id.padu.registry.MaritalStatus;
import id.padu.registry.Religion;
import id.padu.registry.ResidentRecord;
import id.padu.registry.ResidentStatus;
import id.padu.shared.KodeWilayah;
import id.padu.shared.Nik;
import id.padu.shared.NomorKk;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The life-event rules on plain values: policies, NIK issuing, the forms' cross-field checks, the keterangan. */
class LifeEventRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
	static final Nik HUSBAND = Nik.of("3671051204800001");
	static final Nik WIFE = Nik.of("3671055204830001");
	static final Nik OTHER = Nik.of("3671051504790002");

	@Test
	void aMotherLivesHereOrDiedNoEarlierThanTheBirth() {
		LocalDate born = LocalDate.of(2025, 5, 17);
		assertThatCode(() -> LifeEventPolicy.checkMother(ResidentStatus.HIDUP, born, null)).doesNotThrowAnyException();
		assertThatCode(() -> LifeEventPolicy.checkMother(ResidentStatus.MENINGGAL, born, born)).doesNotThrowAnyException();
		assertThatThrownBy(() -> LifeEventPolicy.checkMother(ResidentStatus.MENINGGAL, born, born.minusDays(1)))
			.hasMessage("registry.birth.motherDeceased");
		assertThatThrownBy(() -> LifeEventPolicy.checkMother(ResidentStatus.PINDAH, born, null))
			.hasMessage("registry.birth.motherMovedOut");
	}

	@Test
	void aDivorceEndsTheWomansLastMarriage() {
		List<LifeEventEntry> married = List.of(event(LifeEventType.BIRTH, null), event(LifeEventType.MARRIAGE, HUSBAND));
		assertThatCode(() -> LifeEventPolicy.checkSpouses(married, HUSBAND)).doesNotThrowAnyException();
		assertThatThrownBy(() -> LifeEventPolicy.checkSpouses(married, OTHER)).hasMessage("registry.divorce.notSpouses");
		// Imported without history: the marital status is taken as it is.
		assertThatCode(() -> LifeEventPolicy.checkSpouses(List.of(), OTHER)).doesNotThrowAnyException();
		List<LifeEventEntry> remarried = List.of(event(LifeEventType.MARRIAGE, OTHER), event(LifeEventType.DIVORCE, OTHER),
				event(LifeEventType.MARRIAGE, HUSBAND));
		assertThatCode(() -> LifeEventPolicy.checkSpouses(remarried, HUSBAND)).doesNotThrowAnyException();
		assertThatThrownBy(() -> LifeEventPolicy.checkSpouses(remarried, OTHER)).hasMessage("registry.divorce.notSpouses");
	}

	@Test
	void aNewbornStandsOnTheCardAsSeenFromTheHead() {
		assertThat(FamilyPolicy.newbornOf(FamilyRelationship.ISTRI)).isEqualTo(FamilyRelationship.ANAK);
		assertThat(FamilyPolicy.newbornOf(FamilyRelationship.KEPALA_KELUARGA)).isEqualTo(FamilyRelationship.ANAK);
		assertThat(FamilyPolicy.newbornOf(FamilyRelationship.ANAK)).isEqualTo(FamilyRelationship.CUCU);
		assertThat(FamilyPolicy.newbornOf(FamilyRelationship.MENANTU)).isEqualTo(FamilyRelationship.CUCU);
		assertThat(FamilyPolicy.newbornOf(FamilyRelationship.FAMILI_LAIN)).isEqualTo(FamilyRelationship.FAMILI_LAIN);
	}

	@Test
	void theIssuedNikTakesTheLowestFreeSerialOfTheKecamatanAndDate() {
		ResidentRepository residents = mock(ResidentRepository.class);
		when(residents.niksBetween(anyString(), anyString()))
			.thenReturn(List.of("3671055705250001", "3671055705250002", "3671055705250004"));
		Nik girl = new NikIssuer(residents).issue(KodeWilayah.of("36.71.05"), LocalDate.of(2025, 5, 17), Gender.P);
		assertThat(girl.value()).isEqualTo("3671055705250003");
		when(residents.niksBetween(anyString(), anyString())).thenReturn(List.of());
		assertThat(new NikIssuer(residents).issue(KodeWilayah.of("36.71.05"), LocalDate.of(2025, 5, 17), Gender.L).value())
			.isEqualTo("3671051705250001");
	}

	@Test
	void residentFormsCheckDatesAndTheSpouse() {
		ResidentRecord husband = resident(HUSBAND, LocalDate.of(1980, 4, 12), Gender.L);
		IdentifierRules identifiers = mock(IdentifierRules.class);
		when(identifiers.nik(anyString())).thenAnswer(call -> Nik.of(call.getArgument(0)));
		ResidentEventFormValidator validator = new ResidentEventFormValidator(husband, TODAY, identifiers,
				mock(WilayahChoices.class));
		DeathForm death = new DeathForm();
		death.setDate(TODAY.plusDays(1));
		assertThat(codes(validator, death, "lifeEventForm")).containsExactly("registry.event.future");
		death.setDate(LocalDate.of(1980, 4, 11));
		assertThat(codes(validator, death, "lifeEventForm")).containsExactly("registry.event.beforeBirth");
		death.setDate(TODAY);
		assertThat(codes(validator, death, "lifeEventForm")).isEmpty();
		CoupleEventForm couple = new CoupleEventForm();
		couple.setDate(TODAY);
		couple.setSpouseNik(HUSBAND.value());
		assertThat(codes(validator, couple, "lifeEventForm")).containsExactly("registry.marriage.samePerson");
		couple.setSpouseNik("3671");
		assertThat(codes(validator, couple, "lifeEventForm")).containsExactly("identifier.nik.format");
	}

	@Test
	void aBirthNeedsAWomanOfTheCardAsMother() {
		FamilyRecord family = new FamilyRecord(NomorKk.of("3671051501205001"), LocalDate.of(2020, 1, 15),
				new Address("Jl. Uji", "001", "002", KodeWilayah.of("36.71.05.1001")), List.of(
						new FamilyMember(HUSBAND, "Bambang", FamilyRelationship.KEPALA_KELUARGA, Gender.L, LocalDate.of(1980, 4, 12), ResidentStatus.HIDUP),
						new FamilyMember(WIFE, "Sri", FamilyRelationship.ISTRI, Gender.P, LocalDate.of(1983, 4, 12), ResidentStatus.PINDAH)));
		IdentifierRules identifiers = mock(IdentifierRules.class);
		when(identifiers.nik(anyString())).thenAnswer(call -> Nik.of(call.getArgument(0)));
		FamilyEventFormValidator validator = new FamilyEventFormValidator(family, TODAY, identifiers, mock(WilayahChoices.class));
		BirthForm birth = new BirthForm();
		birth.setBirthDate(TODAY);
		birth.setMotherNik(HUSBAND.value());
		birth.setFatherNik(HUSBAND.value());
		assertThat(codes(validator, birth, "lifeEventForm")).containsExactly("registry.lifeEvent.mother.notOnCard",
				"registry.lifeEvent.father.isMother");
		birth.setMotherNik(WIFE.value());
		assertThat(codes(validator, birth, "lifeEventForm")).containsExactly("registry.birth.motherMovedOut");
	}

	@Test
	void theKeteranganIsWrittenInIndonesianFromTheFilledFields() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("registry.lifeEvent.details.deathPlace", Purposes.INDONESIAN, "Tempat meninggal: {0}");
		messages.addMessage("registry.lifeEvent.details.deathCause", Purposes.INDONESIAN, "Sebab: {0}");
		messages.addMessage("registry.lifeEvent.details.deathCertificate", Purposes.INDONESIAN, "Surat keterangan kematian: {0}");
		DeathForm death = new DeathForm();
		death.setPlace(" Rumah ");
		death.setCause(" ");
		death.setCertificate("474/1");
		assertThat(new LifeEventDetails(messages).death(death)).isEqualTo("Tempat meninggal: Rumah; Surat keterangan kematian: 474/1");
	}

	private static List<String> codes(Validator validator, Object form, String name) {
		Errors errors = new BeanPropertyBindingResult(form, name);
		validator.validate(form, errors);
		return errors.getAllErrors().stream().map(e -> e.getCode()).toList();
	}

	private static LifeEventEntry event(LifeEventType type, Nik related) {
		return new LifeEventEntry(WIFE, type, LocalDate.of(2010, 1, 1), null, related, null, "uji", Instant.EPOCH);
	}

	private static ResidentRecord resident(Nik nik, LocalDate born, Gender gender) {
		return new ResidentRecord(nik, "Bambang", "Tangerang", born, gender, BloodType.O, Religion.ISLAM, MaritalStatus.KAWIN,
				null, null, Citizenship.WNI, new Address("Jl. Uji", "001", "002", KodeWilayah.of("36.71.05.1001")), null, null,
				ResidentStatus.HIDUP, null, FamilyRelationship.KEPALA_KELUARGA);
	}
}
