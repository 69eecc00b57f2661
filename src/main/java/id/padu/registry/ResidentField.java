package id.padu.registry;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of a resident's record a reader can be given, by the name they carry in the API. The
 * access log records exactly the fields a reader received.
 */
public enum ResidentField {
	NIK("nik"), NAME("name"), BIRTH_PLACE("birthPlace"), BIRTH_DATE("birthDate"), GENDER("gender"),
	BLOOD_TYPE("bloodType"), RELIGION("religion"), MARITAL_STATUS("maritalStatus"), OCCUPATION("occupation"),
	EDUCATION("education"), CITIZENSHIP("citizenship"), ADDRESS("address"), KELURAHAN("kodeWilayah"),
	PHONE("phone"), EMAIL("email"), STATUS("status"), FAMILY("family"), LIFE_EVENTS("lifeEvents");

	/** What scope {@code registry.basic} may read: enough to confirm who someone is and where they live. */
	public static final Set<ResidentField> BASIC = Collections.unmodifiableSet(
			EnumSet.of(NIK, NAME, BIRTH_DATE, GENDER, KELURAHAN));

	/** The resident's own record, without the family members and the history. */
	public static final Set<ResidentField> RECORD = Collections.unmodifiableSet(
			EnumSet.complementOf(EnumSet.of(FAMILY, LIFE_EVENTS)));

	public static final Set<ResidentField> ALL = Collections.unmodifiableSet(EnumSet.allOf(ResidentField.class));

	/** What a family listing shows of each member. */
	public static final java.util.List<String> MEMBER = java.util.List.of("nik", "name", "relationship", "gender",
			"birthDate", "status");

	private final String jsonName;

	ResidentField(String jsonName) {
		this.jsonName = jsonName;
	}

	public String jsonName() {
		return jsonName;
	}
}
