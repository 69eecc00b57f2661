package id.padu.registry.internal;

import id.padu.registry.BloodType;
import id.padu.registry.Citizenship;
import id.padu.registry.FamilyRelationship;
import id.padu.registry.Gender;
import id.padu.registry.LifeEventType;
import id.padu.registry.MaritalStatus;
import id.padu.registry.Religion;
import id.padu.registry.ResidentStatus;

import java.time.LocalDate;
import java.util.List;

/** Rows as the bulk writer stores them: one record per table row, nothing loaded through JPA. */
final class RegistryRows {

	private RegistryRows() {
	}

	record ResidentRow(String nik, String fullName, String birthPlace, LocalDate birthDate, Gender gender,
			BloodType bloodType, Religion religion, MaritalStatus maritalStatus, String occupation, String education,
			Citizenship citizenship, String street, String rt, String rw, String kelurahanKode, String phone,
			String email, ResidentStatus status, String nomorKk, FamilyRelationship relationship) {
	}

	record FamilyRow(String nomorKk, LocalDate issuedOn, String street, String rt, String rw, String kelurahanKode) {
	}

	record EventRow(String nik, LifeEventType type, LocalDate date, String details, String relatedNik,
			String wilayahKode) {
	}

	/** A family card with its members and their history. */
	record Household(FamilyRow family, List<ResidentRow> members, List<EventRow> events) {
	}
}
