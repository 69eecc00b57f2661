package id.padu.registry.internal;

import id.padu.registry.BloodType;
import id.padu.registry.Citizenship;
import id.padu.registry.FamilyRelationship;
import id.padu.registry.Gender;
import id.padu.registry.LifeEventEntry;
import id.padu.registry.LifeEventType;
import id.padu.registry.MaritalStatus;
import id.padu.registry.NewResident;
import id.padu.registry.Purpose;
import id.padu.registry.Registry;
import id.padu.registry.Religion;
import id.padu.registry.ResidentStatus;
import id.padu.registry.internal.RegistryRows.EventRow;
import id.padu.registry.internal.RegistryRows.FamilyRow;
import id.padu.registry.internal.RegistryRows.Household;
import id.padu.registry.internal.RegistryRows.ResidentRow;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.KodeWilayah;
import id.padu.shared.Nik;
import id.padu.shared.NomorKk;
import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import id.padu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import id.padu.registry.LifeEventRecorded;
import id.padu.registry.ResidentRegistered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Life events through the module API, on a fresh family per test: history is appended, rules are
 * checked before anything is written, and a refused change leaves nothing behind.
 */
@PaduIntegrationTest
@RecordApplicationEvents
class LifeEventsIT {

	@Autowired
	ApplicationEvents published;

	static final TenantId TANGERANG = TenantId.of("kota-tangerang");
	static final Purpose PURPOSE = Purpose.of("Uji peristiwa kependudukan");

	@Autowired
	Registry registry;

	@Autowired
	RegistryBatchWriter writer;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	/** A married couple on their own card in Kelurahan Cipondoh, with serials no generator uses. */
	record Couple(Nik husband, Nik wife, NomorKk kk) {
	}

	@Test
	void aBirthAddsTheChildToTheMothersCardWithHistory() {
		Couple couple = couple();
		LocalDate born = LocalDate.of(2024, 3, 9);
		Nik child = nik("367105", born, true);
		as(() -> registry.recordBirth(newResident(child, "Aisyah Nur Janah", born, Gender.P, couple.kk()), couple.wife(),
				couple.husband(), "Akta kelahiran 3671-LT-09032024-0001"));
		var family = as(() -> registry.family(couple.kk(), PURPOSE)).orElseThrow();
		assertThat(family.members()).extracting(m -> m.relationship())
			.containsExactly(FamilyRelationship.KEPALA_KELUARGA, FamilyRelationship.ISTRI, FamilyRelationship.ANAK);
		List<LifeEventEntry> childEvents = as(() -> registry.lifeEvents(child, PURPOSE));
		assertThat(childEvents).singleElement().satisfies(e -> {
			assertThat(e.type()).isEqualTo(LifeEventType.BIRTH);
			assertThat(e.relatedNik()).isEqualTo(couple.wife());
			assertThat(e.recordedBy()).isEqualTo("system");
		});
		assertThat(as(() -> registry.lifeEvents(couple.wife(), PURPOSE))).extracting(LifeEventEntry::type)
			.containsExactly(LifeEventType.BIRTH, LifeEventType.MARRIAGE, LifeEventType.BIRTH);
		// Other modules (services, archive, notification) learn of the birth through these events.
		assertThat(published.stream(ResidentRegistered.class).filter(e -> e.nik().equals(child)))
			.singleElement().satisfies(e -> assertThat(e.cause()).isEqualTo(LifeEventType.BIRTH));
		assertThat(published.stream(LifeEventRecorded.class).filter(e -> e.nik().equals(child)))
			.extracting(LifeEventRecorded::type).containsExactly(LifeEventType.BIRTH);
	}

	@Test
	void aNikThatDoesNotMatchTheBirthDateIsRefusedAndNothingIsStored() {
		Couple couple = couple();
		LocalDate born = LocalDate.of(2024, 3, 9);
		Nik wrong = nik("367105", born.plusDays(1), true);
		assertThatThrownBy(() -> as(() -> registry.recordBirth(newResident(wrong, "Salsabila", born, Gender.P, couple.kk()),
				couple.wife(), couple.husband(), null)))
			.isInstanceOf(InvalidIdentifierException.class)
			.hasMessage("identifier.nik.birthdateMismatch");
		Nik boy = nik("367105", born, false);
		assertThatThrownBy(() -> as(() -> registry.recordBirth(newResident(boy, "Salsabila", born, Gender.P, couple.kk()),
				couple.wife(), couple.husband(), null)))
			.hasMessage("identifier.nik.notFemale");
		assertThat(jdbc.sql("select count(*) from resident where tenant_id = 'kota-tangerang' and nomor_kk = ?")
			.param(couple.kk().value()).query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from life_event where tenant_id = 'kota-tangerang' and nik = ?")
			.param(couple.wife().value()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aDeathIsRecordedOnceAndTheDeadDoNotMarry() {
		Couple couple = couple();
		as(() -> {
			registry.recordDeath(couple.husband(), LocalDate.of(2025, 1, 2), "Surat keterangan kematian RS");
			return null;
		});
		assertThat(as(() -> registry.findByNik(couple.husband(), PURPOSE)).orElseThrow().status())
			.isEqualTo(ResidentStatus.MENINGGAL);
		assertThat(as(() -> registry.findByNik(couple.wife(), PURPOSE)).orElseThrow().maritalStatus())
			.isEqualTo(MaritalStatus.CERAI_MATI);
		assertThatThrownBy(() -> as(() -> {
			registry.recordDeath(couple.husband(), LocalDate.of(2025, 1, 3), null);
			return null;
		})).isInstanceOf(BusinessRuleViolation.class).hasMessage("registry.death.alreadyRecorded");
		Couple other = couple();
		assertThatThrownBy(() -> as(() -> {
			registry.recordMarriage(couple.husband(), other.wife(), LocalDate.of(2025, 6, 1), null);
			return null;
		})).hasMessage("registry.marriage.deceased");
		assertThat(as(() -> registry.findByNik(other.wife(), PURPOSE)).orElseThrow().maritalStatus())
			.isEqualTo(MaritalStatus.KAWIN);
		assertThat(as(() -> registry.lifeEvents(other.wife(), PURPOSE))).extracting(LifeEventEntry::type)
			.containsExactly(LifeEventType.BIRTH, LifeEventType.MARRIAGE);
	}

	@Test
	void divorceMoveOutAndMoveIn() {
		Couple couple = couple();
		as(() -> {
			registry.recordDivorce(couple.husband(), couple.wife(), LocalDate.of(2025, 2, 1), "Putusan PA Tangerang");
			registry.recordMoveOut(couple.wife(), KodeWilayah.of("32.73.01"), LocalDate.of(2025, 3, 1), null);
			return null;
		});
		assertThat(as(() -> registry.findByNik(couple.wife(), PURPOSE)).orElseThrow())
			.satisfies(r -> {
				assertThat(r.status()).isEqualTo(ResidentStatus.PINDAH);
				assertThat(r.maritalStatus()).isEqualTo(MaritalStatus.CERAI_HIDUP);
			});
		assertThatThrownBy(() -> as(() -> {
			registry.recordMoveOut(couple.wife(), KodeWilayah.of("32.73.01"), LocalDate.of(2025, 4, 1), null);
			return null;
		})).hasMessage("registry.resident.movedOut");
		LocalDate born = LocalDate.of(1960, 5, 17);
		Nik mother = nik("320501", born, true);
		as(() -> registry.recordMoveIn(new NewResident(mother, "Euis Rohaeti", "Garut", born, Gender.P, BloodType.O,
				Religion.ISLAM, MaritalStatus.CERAI_MATI, "Mengurus Rumah Tangga", "SLTA/Sederajat", Citizenship.WNI, null,
				null, couple.kk(), FamilyRelationship.MERTUA), KodeWilayah.of("32.05.01"), LocalDate.of(2025, 5, 1), null));
		assertThat(as(() -> registry.lifeEvents(mother, PURPOSE))).singleElement()
			.satisfies(e -> assertThat(e.wilayah()).isEqualTo(KodeWilayah.of("32.05.01")));
		Nik second = nik("367105", LocalDate.of(1985, 1, 1), false);
		NewResident secondHead = new NewResident(second, "Kepala Kedua", "Tangerang", LocalDate.of(1985, 1, 1), Gender.L,
				null, Religion.ISLAM, MaritalStatus.BELUM_KAWIN, null, null, Citizenship.WNI, null, null, couple.kk(),
				FamilyRelationship.KEPALA_KELUARGA);
		assertThatThrownBy(() -> as(() -> registry.recordMoveIn(secondHead, KodeWilayah.of("32.05.01"),
				LocalDate.of(2025, 5, 1), null)))
			.hasMessage("registry.family.headExists");
		assertThat(as(() -> registry.findByNik(second, PURPOSE))).isEmpty();
	}

	private Couple couple() {
		LocalDate husbandBorn = LocalDate.of(1980 + ThreadLocalRandom.current().nextInt(10), 4, 12);
		LocalDate wifeBorn = husbandBorn.plusYears(2);
		Nik husband = unused(() -> nik("367105", husbandBorn, false), "resident", "nik");
		Nik wife = unused(() -> nik("367105", wifeBorn, true), "resident", "nik");
		LocalDate issued = LocalDate.of(2020, 1, 15);
		NomorKk kk = unused(() -> NomorKk.of(String.format("367105%02d%02d%02d%04d", issued.getDayOfMonth(),
				issued.getMonthValue(), issued.getYear() % 100, 5000 + ThreadLocalRandom.current().nextInt(5000))),
				"family", "nomor_kk");
		String kelurahan = "36.71.05.1001";
		Household household = new Household(new FamilyRow(kk.value(), issued, "Jl. Uji No. 1", "001", "002", kelurahan),
				List.of(row(husband, "Bambang Uji", husbandBorn, Gender.L, kk, FamilyRelationship.KEPALA_KELUARGA, kelurahan),
						row(wife, "Sri Uji", wifeBorn, Gender.P, kk, FamilyRelationship.ISTRI, kelurahan)),
				List.of(new EventRow(wife.value(), LifeEventType.BIRTH, wifeBorn, null, null, null),
						new EventRow(husband.value(), LifeEventType.MARRIAGE, LocalDate.of(2010, 5, 5), null, wife.value(), null),
						new EventRow(wife.value(), LifeEventType.MARRIAGE, LocalDate.of(2010, 5, 5), null, husband.value(), null)));
		TenantContext.runAs(TANGERANG, () -> tx.executeWithoutResult(
				status -> writer.write(TANGERANG.value(), List.of(household), "uji", Instant.now())));
		return new Couple(husband, wife, kk);
	}

	private static ResidentRow row(Nik nik, String name, LocalDate born, Gender gender, NomorKk kk,
			FamilyRelationship relationship, String kelurahan) {
		return new ResidentRow(nik.value(), name, "Tangerang", born, gender, BloodType.TIDAK_TAHU, Religion.ISLAM,
				MaritalStatus.KAWIN, "Karyawan Swasta", "SLTA/Sederajat", Citizenship.WNI, "Jl. Uji No. 1", "001", "002",
				kelurahan, null, null, ResidentStatus.HIDUP, kk.value(), relationship);
	}

	private static NewResident newResident(Nik nik, String name, LocalDate born, Gender gender, NomorKk kk) {
		return new NewResident(nik, name, "Tangerang", born, gender, null, Religion.ISLAM, MaritalStatus.BELUM_KAWIN,
				null, null, Citizenship.WNI, null, null, kk, FamilyRelationship.ANAK);
	}

	/** A NIK with a random serial from 5000 up: generated demo serials per date never get that high. */
	private static Nik nik(String kecamatan, LocalDate born, boolean female) {
		return Nik.of(String.format("%s%02d%02d%02d%04d", kecamatan, born.getDayOfMonth() + (female ? 40 : 0),
				born.getMonthValue(), born.getYear() % 100, 5000 + ThreadLocalRandom.current().nextInt(5000)));
	}

	/** A number nobody holds yet: a PostgreSQL database kept between runs fills the random range over time. */
	private <T> T unused(Supplier<T> numbers, String table, String column) {
		T number;
		do {
			number = numbers.get();
		} while (jdbc.sql("select count(*) from " + table + " where tenant_id = 'kota-tangerang' and " + column + " = ?")
			.param(number.toString()).query(Long.class).single() > 0);
		return number;
	}

	private static <T> T as(Supplier<T> work) {
		return TenantContext.callAs(TANGERANG, work);
	}
}
