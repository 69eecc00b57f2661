package id.padu.services.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values an output template sees (documented in {@code docs/service-bundles.md}): {@code service},
 * {@code tenant}, {@code application}, {@code document}, {@code applicant} (registry text), {@code members}
 * (the chosen family members), {@code data} (entered values as text), for moves {@code move}, for a service
 * with a fee {@code payment} (the paid bill: amount, words, billing code, description, time), and what the
 * process's steps recorded, grouped by the part of the key before the dot ({@code birth.nik} as
 * {@code ${birth.nik}}). The sample is what a bundle is validated with before activation.
 */
final class OutputModel {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private OutputModel() {
	}

	static Map<String, Object> of(String serviceName, String tenantName, String trackingNumber, LocalDate submittedOn,
			String documentType, String documentNumber, LocalDate signedOn, Map<String, String> applicant,
			List<Map<String, String>> members, Map<String, String> data, Map<String, String> move,
			Map<String, String> payment) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("service", Map.of("name", serviceName));
		model.put("tenant", Map.of("name", tenantName));
		model.put("application", Map.of("trackingNumber", trackingNumber, "submittedOn",
				RegistryText.date(submittedOn, INDONESIAN)));
		model.put("document", Map.of("type", documentType, "number", documentNumber, "date",
				RegistryText.date(signedOn, INDONESIAN)));
		model.put("applicant", applicant);
		model.put("members", members);
		model.put("data", data);
		model.put("move", move);
		model.put("payment", payment);
		return model;
	}

	/** The model with the steps' results added; a result never replaces one of the values above. */
	static Map<String, Object> withResults(Map<String, Object> model, Map<String, String> results) {
		Map<String, Object> all = new LinkedHashMap<>(model);
		Map<String, Map<String, String>> groups = new LinkedHashMap<>();
		results.forEach((key, value) -> {
			int dot = key.indexOf('.');
			if (dot > 0) {
				groups.computeIfAbsent(key.substring(0, dot), g -> new LinkedHashMap<>()).put(key.substring(dot + 1), value);
			}
		});
		groups.forEach(all::putIfAbsent);
		return all;
	}

	static Map<String, Object> sample(ServiceManifest manifest) {
		Map<String, String> applicant = new LinkedHashMap<>();
		for (RegistryAttribute attribute : RegistryAttribute.values()) {
			if (attribute.yamlName().startsWith("applicant.")) {
				applicant.put(attribute.yamlName().substring("applicant.".length()), "Contoh " + attribute.yamlName());
			}
		}
		applicant.put("kecamatan", "Kecamatan Contoh");
		Map<String, String> member = Map.of("nik", "3671014508900003", "name", "Siti Rahmawati", "relationship",
				"Istri", "gender", "Perempuan", "birthDate", "05 Agustus 1990");
		Map<String, String> data = new LinkedHashMap<>();
		manifest.fields().forEach(f -> data.put(f.name(), "Contoh " + f.name()));
		Map<String, String> move = Map.of("kind", "Pindah ke luar daerah", "outOfCity", "true");
		String type = manifest.output() == null ? "" : manifest.output().documentType();
		Map<String, String> payment = Map.of("amount", "Rp 420.000", "words", "Empat ratus dua puluh ribu rupiah",
				"billingCode", "3671260000001", "description", "Contoh uraian tagihan", "paidAt",
				"06 Januari 2026, 10.15 WIB");
		return withResults(of(manifest.name().id(), "Pemerintah Kota Contoh", "ABCD-EFGH-JKLM", LocalDate.of(2026, 1, 5),
				type, "000/0001/CONTOH/I/2026", LocalDate.of(2026, 1, 6), applicant, List.of(member, member), data, move,
				payment), Map.of("birth.nik", "3671010601260001", "birth.nomorKk", "3671011212180002"));
	}
}
