package id.padu.registry.internal;

import id.padu.audit.PersonalDataAccess;
import id.padu.registry.FamilyMember;
import id.padu.registry.FamilyRecord;
import id.padu.registry.LifeEventEntry;
import id.padu.registry.ResidentField;
import id.padu.registry.ResidentRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The API's JSON for a read: exactly the fields the reader may have, under the names the access log
 * records, so the log and the response can never disagree.
 */
final class ResidentJson {

	private ResidentJson() {
	}

	static Map<String, Object> of(ResidentPicture picture) {
		ResidentRecord r = picture.resident();
		Map<String, Object> json = new LinkedHashMap<>();
		for (ResidentField field : picture.fields()) {
			json.put(field.jsonName(), switch (field) {
				case NIK -> r.nik().value();
				case NAME -> r.fullName();
				case BIRTH_PLACE -> r.birthPlace();
				case BIRTH_DATE -> r.birthDate().toString();
				case GENDER -> r.gender().name();
				case BLOOD_TYPE -> r.bloodType().name();
				case RELIGION -> r.religion().name();
				case MARITAL_STATUS -> r.maritalStatus().name();
				case OCCUPATION -> r.occupation();
				case EDUCATION -> r.education();
				case CITIZENSHIP -> r.citizenship().name();
				case ADDRESS -> address(r);
				case KELURAHAN -> r.address().kelurahan().value();
				case PHONE -> r.phone();
				case EMAIL -> r.email();
				case STATUS -> r.status().name();
				case FAMILY -> picture.family().map(f -> family(f, r)).orElse(null);
				case LIFE_EVENTS -> picture.events().stream().map(ResidentJson::event).toList();
			});
		}
		return json;
	}

	static Map<String, Object> family(FamilyRecord family, ResidentRecord member) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("nomorKk", family.nomorKk().value());
		if (member != null) {
			json.put("relationship", member.relationship() == null ? null : member.relationship().name());
		}
		json.put("issuedOn", family.issuedOn().toString());
		json.put("kodeWilayah", family.address().kelurahan().value());
		json.put("members", family.members().stream().map(ResidentJson::member).toList());
		return json;
	}

	static Map<String, Object> access(PersonalDataAccess a) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("at", a.at().toString());
		json.put("accessorKind", a.accessorKind().name());
		json.put("accessor", a.accessorName());
		json.put("accessorName", a.accessorDisplay());
		json.put("unit", a.unit());
		json.put("purpose", a.purpose());
		json.put("fields", a.fields());
		json.put("channel", a.channel().name());
		return json;
	}

	private static Map<String, Object> address(ResidentRecord r) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("street", r.address().street());
		json.put("rt", r.address().rt());
		json.put("rw", r.address().rw());
		json.put("kelurahan", r.address().kelurahan().value());
		json.put("kecamatan", r.address().kecamatan().value());
		return json;
	}

	private static Map<String, Object> member(FamilyMember m) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("nik", m.nik().value());
		json.put("name", m.fullName());
		json.put("relationship", m.relationship() == null ? null : m.relationship().name());
		json.put("gender", m.gender().name());
		json.put("birthDate", m.birthDate().toString());
		json.put("status", m.status().name());
		return json;
	}

	private static Map<String, Object> event(LifeEventEntry e) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", e.type().name());
		json.put("date", e.date().toString());
		json.put("details", e.details());
		json.put("relatedNik", Objects.toString(e.relatedNik(), null));
		json.put("kodeWilayah", Objects.toString(e.wilayah(), null));
		json.put("recordedAt", e.recordedAt().toString());
		return json;
	}

	static List<Map<String, Object>> accessLog(List<PersonalDataAccess> log) {
		return log.stream().map(ResidentJson::access).toList();
	}
}
