package id.padu.registry.internal;

import id.padu.registry.FamilyRelationship;
import id.padu.registry.Gender;
import id.padu.registry.MaritalStatus;
import id.padu.registry.Religion;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One checked line of a SIAK export, ready to store. {@link #stored()} lists the values an import
 * owns, in the order both stores compare them: equal lists mean the row changes nothing.
 */
record ResidentImportRow(long row, String nik, String nomorKk, LocalDate kkIssuedOn, String fullName,
		String birthPlace, LocalDate birthDate, Gender gender, Religion religion, MaritalStatus maritalStatus,
		String occupation, String street, String rt, String rw, String kelurahanKode,
		FamilyRelationship relationship) {

	/** The resident columns an import sets, as stored (enums by name), in a fixed order. */
	static final List<String> COLUMNS = List.of("full_name", "birth_place", "birth_date", "gender", "religion",
			"marital_status", "occupation", "street", "rt", "rw", "kelurahan_kode", "nomor_kk", "family_relationship");

	List<Object> stored() {
		return Arrays.asList(fullName, birthPlace, birthDate, gender.name(), religion.name(), maritalStatus.name(),
				occupation, street, rt, rw, kelurahanKode, nomorKk, relationship.name());
	}

	boolean isHead() {
		return relationship == FamilyRelationship.KEPALA_KELUARGA;
	}
}
