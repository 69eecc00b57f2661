package id.padu.registry;

import id.padu.shared.Nik;
import id.padu.shared.NomorKk;

import java.time.LocalDate;

/** A resident as the registry shows it to those with a purpose. {@code nomorKk} is null when in no family. */
public record ResidentRecord(Nik nik, String fullName, String birthPlace, LocalDate birthDate, Gender gender,
		BloodType bloodType, Religion religion, MaritalStatus maritalStatus, String occupation, String education,
		Citizenship citizenship, Address address, String phone, String email, ResidentStatus status, NomorKk nomorKk,
		FamilyRelationship relationship) {
}
