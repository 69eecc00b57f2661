package id.padu.registry.internal;

import id.padu.registry.BloodType;
import id.padu.registry.Citizenship;
import id.padu.registry.FamilyRelationship;
import id.padu.registry.Gender;
import id.padu.registry.LifeEventType;
import id.padu.registry.MaritalStatus;
import id.padu.registry.Religion;
import id.padu.registry.ResidentStatus;
import id.padu.registry.internal.RegistryRows.EventRow;
import id.padu.registry.internal.RegistryRows.FamilyRow;
import id.padu.registry.internal.RegistryRows.Household;
import id.padu.registry.internal.RegistryRows.ResidentRow;

import java.time.LocalDate;
import java.util.List;

/**
 * The family of the demo citizen account {@code warga} (NIK {@value #SITI}): Siti Rahmawati, her
 * husband and their two children, in Kelurahan Cikokol, Kecamatan Tangerang.
 */
final class DemoCitizenFamily {

	static final String SITI = "3671014508900003";
	static final String AHMAD = "3671011402870001";
	static final String NABILA = "3671016103150001";
	static final String RIZKY = "3671010911180001";
	static final String NOMOR_KK = "3671011212180002";

	private static final String KELURAHAN = "36.71.01.1005";
	private static final String STREET = "Jl. KH. Hasyim Ashari No. 17";
	private static final LocalDate MARRIED = LocalDate.of(2014, 6, 14);

	private DemoCitizenFamily() {
	}

	static Household household() {
		FamilyRow family = new FamilyRow(NOMOR_KK, LocalDate.of(2018, 12, 12), STREET, "003", "005", KELURAHAN);
		List<ResidentRow> members = List.of(
				row(AHMAD, "Ahmad Fauzi", LocalDate.of(1987, 2, 14), Gender.L, BloodType.O, MaritalStatus.KAWIN,
						"Karyawan Swasta", "Diploma IV/Strata I", "081311223344", null, FamilyRelationship.KEPALA_KELUARGA),
				row(SITI, "Siti Rahmawati", LocalDate.of(1990, 8, 5), Gender.P, BloodType.A, MaritalStatus.KAWIN, "Guru",
						"Diploma IV/Strata I", "081298765432", "warga@contoh.id", FamilyRelationship.ISTRI),
				row(NABILA, "Nabila Putri Fauzi", LocalDate.of(2015, 3, 21), Gender.P, BloodType.A, MaritalStatus.BELUM_KAWIN,
						"Pelajar/Mahasiswa", "Belum Tamat SD/Sederajat", null, null, FamilyRelationship.ANAK),
				row(RIZKY, "Muhammad Rizky Fauzi", LocalDate.of(2018, 11, 9), Gender.L, BloodType.TIDAK_TAHU,
						MaritalStatus.BELUM_KAWIN, "Belum/Tidak Bekerja", "Tidak/Belum Sekolah", null, null,
						FamilyRelationship.ANAK));
		List<EventRow> events = List.of(
				new EventRow(AHMAD, LifeEventType.BIRTH, LocalDate.of(1987, 2, 14), null, null, null),
				new EventRow(SITI, LifeEventType.BIRTH, LocalDate.of(1990, 8, 5), null, null, null),
				new EventRow(AHMAD, LifeEventType.MARRIAGE, MARRIED, "Kantor Urusan Agama Kecamatan Tangerang", SITI, null),
				new EventRow(SITI, LifeEventType.MARRIAGE, MARRIED, "Kantor Urusan Agama Kecamatan Tangerang", AHMAD, null),
				new EventRow(NABILA, LifeEventType.BIRTH, LocalDate.of(2015, 3, 21), null, SITI, null),
				new EventRow(RIZKY, LifeEventType.BIRTH, LocalDate.of(2018, 11, 9), null, SITI, null));
		return new Household(family, members, events);
	}

	private static ResidentRow row(String nik, String name, LocalDate born, Gender gender, BloodType blood,
			MaritalStatus marital, String occupation, String education, String phone, String email,
			FamilyRelationship relationship) {
		return new ResidentRow(nik, name, "Tangerang", born, gender, blood, Religion.ISLAM, marital, occupation,
				education, Citizenship.WNI, STREET, "003", "005", KELURAHAN, phone, email, ResidentStatus.HIDUP, NOMOR_KK,
				relationship);
	}
}
