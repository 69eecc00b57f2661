package id.padu.services.internal;

import id.padu.registry.BloodType;
import id.padu.registry.FamilyMember;
import id.padu.registry.ResidentRecord;
import id.padu.shared.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Registry values as people read them (labels from the registry's message bundle, dates as
 * {@code 05 Agustus 1990}, areas by name), for prefilled fields and output documents.
 */
@Component
class RegistryText {

	private final MessageSource messages;
	private final PlaceNames places;

	RegistryText(MessageSource messages, PlaceNames places) {
		this.messages = messages;
		this.places = places;
	}

	String value(RegistryAttribute attribute, ApplicantSnapshot applicant, Locale locale) {
		ResidentRecord r = applicant.resident();
		return switch (attribute) {
			case NIK -> r.nik().value();
			case NAME -> r.fullName();
			case BIRTH_PLACE -> r.birthPlace();
			case BIRTH_DATE -> date(r.birthDate(), locale);
			case GENDER -> label("registry.gender." + r.gender(), locale);
			case RELIGION -> r.religion() == null ? "" : label("registry.religion." + r.religion(), locale);
			case MARITAL_STATUS -> r.maritalStatus() == null ? "" : label("registry.marital." + r.maritalStatus(), locale);
			case OCCUPATION -> nullToEmpty(r.occupation());
			case EDUCATION -> nullToEmpty(r.education());
			case ADDRESS -> places.address(r.address());
			case KELURAHAN -> places.full(r.address().kelurahan());
			case NOMOR_KK -> r.nomorKk() == null ? "" : r.nomorKk().value();
			case PHONE -> nullToEmpty(r.phone());
			case EMAIL -> nullToEmpty(r.email());
			case BLOOD_TYPE -> r.bloodType() == null || r.bloodType() == BloodType.TIDAK_TAHU ? ""
					: r.bloodType().name();
			case FAMILY_HEAD -> applicant.family() == null ? "" : applicant.family().head().map(FamilyMember::fullName).orElse("");
			case FAMILY_MEMBERS -> String.join(", ", applicant.livingMembers().stream().map(FamilyMember::fullName).toList());
		};
	}

	/** The value a {@code prefill} field starts with: the blood type as an option value, others as text. */
	String raw(RegistryAttribute attribute, ApplicantSnapshot applicant, Locale locale) {
		String value = value(attribute, applicant, locale);
		return value.isEmpty() ? null : value;
	}

	/** A family member for a list or a letter: NIK, name, relationship, gender, birth date. */
	Map<String, String> member(FamilyMember member, Locale locale) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("nik", member.nik().value());
		row.put("name", member.fullName());
		row.put("relationship", member.relationship() == null ? "" : label("registry.relationship." + member.relationship(), locale));
		row.put("gender", label("registry.gender." + member.gender(), locale));
		row.put("birthDate", date(member.birthDate(), locale));
		return row;
	}

	/** Every registry attribute's text, for an output template's {@code applicant} values. */
	Map<String, String> applicant(ApplicantSnapshot applicant, Locale locale) {
		Map<String, String> values = new LinkedHashMap<>();
		for (RegistryAttribute attribute : RegistryAttribute.values()) {
			if (attribute.yamlName().startsWith("applicant.")) {
				values.put(attribute.yamlName().substring("applicant.".length()), value(attribute, applicant, locale));
			}
		}
		values.put("kecamatan", places.full(applicant.resident().address().kecamatan()));
		return values;
	}

	static String date(LocalDate date, Locale locale) {
		return Formats.date(date, locale);
	}

	static String date(java.time.Instant instant, Locale locale) {
		return instant == null ? "" : date(instant.atZone(Formats.JAKARTA).toLocalDate(), locale);
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
