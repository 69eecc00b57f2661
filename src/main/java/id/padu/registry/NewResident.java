package id.padu.registry;

import id.padu.shared.Nik;
import id.padu.shared.NomorKk;

import java.time.LocalDate;

/**
 * A resident to add to an existing family (birth or move in). The address is the family's. Optional
 * parts (blood type, occupation, education, phone, e-mail) may be null.
 */
public record NewResident(Nik nik, String fullName, String birthPlace, LocalDate birthDate, Gender gender,
		BloodType bloodType, Religion religion, MaritalStatus maritalStatus, String occupation, String education,
		Citizenship citizenship, String phone, String email, NomorKk nomorKk, FamilyRelationship relationship) {
}
