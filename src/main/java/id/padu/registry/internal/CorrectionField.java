package id.padu.registry.internal;

import id.padu.registry.ResidentField;
import id.padu.registry.ResidentRecord;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The parts of a resident's record a correction may change, by the name they carry in the API and in
 * the stored requests. Values are kept as canonical text: dates {@code yyyy-MM-dd}, choices by their
 * enum name, the kelurahan by its Kemendagri code. The NIK is not among them: a wrong NIK is not
 * corrected, it is withdrawn and a new one issued through SIAK.
 */
enum CorrectionField {
	NAME("name", ResidentField.NAME, true, r -> r.fullName()),
	BIRTH_PLACE("birthPlace", ResidentField.BIRTH_PLACE, true, r -> r.birthPlace()),
	BIRTH_DATE("birthDate", ResidentField.BIRTH_DATE, true, r -> r.birthDate().toString()),
	GENDER("gender", ResidentField.GENDER, true, r -> r.gender().name()),
	BLOOD_TYPE("bloodType", ResidentField.BLOOD_TYPE, true, r -> r.bloodType().name()),
	RELIGION("religion", ResidentField.RELIGION, true, r -> r.religion().name()),
	MARITAL_STATUS("maritalStatus", ResidentField.MARITAL_STATUS, true, r -> r.maritalStatus().name()),
	OCCUPATION("occupation", ResidentField.OCCUPATION, false, r -> r.occupation()),
	EDUCATION("education", ResidentField.EDUCATION, false, r -> r.education()),
	STREET("street", ResidentField.ADDRESS, true, r -> r.address().street()),
	RT("rt", ResidentField.ADDRESS, true, r -> r.address().rt()),
	RW("rw", ResidentField.ADDRESS, true, r -> r.address().rw()),
	KELURAHAN("kelurahan", ResidentField.KELURAHAN, true, r -> r.address().kelurahan().value()),
	PHONE("phone", ResidentField.PHONE, false, r -> r.phone()),
	EMAIL("email", ResidentField.EMAIL, false, r -> r.email());

	private final String apiName;
	private final ResidentField residentField;
	private final boolean required;
	private final Function<ResidentRecord, String> current;

	CorrectionField(String apiName, ResidentField residentField, boolean required,
			Function<ResidentRecord, String> current) {
		this.apiName = apiName;
		this.residentField = residentField;
		this.required = required;
		this.current = current;
	}

	public String apiName() {
		return apiName;
	}

	/** The field of the access log this value belongs to (street, RT and RW are all the address). */
	ResidentField residentField() {
		return residentField;
	}

	/** Whether the value may not be removed. */
	boolean required() {
		return required;
	}

	/** The message key of the field's label. */
	public String labelKey() {
		return "registry.correction.field." + apiName;
	}

	public String currentValue(ResidentRecord resident) {
		return current.apply(resident);
	}

	static Optional<CorrectionField> byApiName(String name) {
		return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst();
	}
}
