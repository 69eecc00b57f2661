package id.padu.services.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a form field may take from the registry ({@code source: registry}): the applicant's own record and
 * Kartu Keluarga. Such a field is shown prefilled and read-only and its value is always read from the
 * registry, never from the request.
 */
enum RegistryAttribute {
	NIK("applicant.nik"), NAME("applicant.name"), BIRTH_PLACE("applicant.birthPlace"),
	BIRTH_DATE("applicant.birthDate"), GENDER("applicant.gender"), RELIGION("applicant.religion"),
	MARITAL_STATUS("applicant.maritalStatus"), OCCUPATION("applicant.occupation"), EDUCATION("applicant.education"),
	ADDRESS("applicant.address"), KELURAHAN("applicant.kelurahan"), NOMOR_KK("applicant.nomorKk"),
	PHONE("applicant.phone"), EMAIL("applicant.email"), BLOOD_TYPE("applicant.bloodType"), FAMILY_HEAD("family.head"),
	FAMILY_MEMBERS("family.members");

	private final String yamlName;

	RegistryAttribute(String yamlName) {
		this.yamlName = yamlName;
	}

	String yamlName() {
		return yamlName;
	}

	static Optional<RegistryAttribute> byYamlName(String name) {
		return Arrays.stream(values()).filter(a -> a.yamlName.equals(name)).findFirst();
	}
}
