package id.padu.registry;

import id.padu.shared.Nik;

import java.time.LocalDate;

/** One line of a Kartu Keluarga. */
public record FamilyMember(Nik nik, String fullName, FamilyRelationship relationship, Gender gender,
		LocalDate birthDate, ResidentStatus status) {
}
