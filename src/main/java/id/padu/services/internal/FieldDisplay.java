package id.padu.services.internal;

import id.padu.registry.FamilyMember;
import id.padu.shared.KodeWilayah;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Entered values as people read them: the label of a chosen option, the names of a kelurahan and of chosen
 * family members, dates written out; registry fields as the registry says today.
 */
@Component
class FieldDisplay {

	private final PlaceNames places;
	private final RegistryText registryText;
	private final FormExtensions extensions;

	FieldDisplay(PlaceNames places, RegistryText registryText, FormExtensions extensions) {
		this.places = places;
		this.registryText = registryText;
		this.extensions = extensions;
	}

	/** Every field of the form with its text; registry fields need the applicant snapshot. */
	Map<String, String> all(ServiceManifest manifest, Map<String, String> values, ApplicantSnapshot applicant,
			Locale locale) {
		Map<String, String> shown = new LinkedHashMap<>();
		for (FormField field : manifest.fields()) {
			if (field.fromRegistry()) {
				shown.put(field.name(), applicant == null ? "" : registryText.value(field.attribute(), applicant, locale));
			} else {
				shown.put(field.name(), field.optionsFrom() != null && applicant != null
						? runTimeLabel(manifest, field, values.get(field.name()), applicant, locale)
						: text(field, values.get(field.name()), applicant, locale));
			}
		}
		return shown;
	}

	String text(FormField field, String value, ApplicantSnapshot applicant, Locale locale) {
		if (value == null || value.isBlank()) {
			return "";
		}
		return switch (field.type()) {
			case SELECT -> field.options().stream().filter(o -> o.value().equals(value)).map(o -> o.label().in(locale))
				.findFirst().orElse(value);
			case WILAYAH -> places.full(KodeWilayah.of(value));
			case DATE -> RegistryText.date(LocalDate.parse(value), locale);
			case TIME -> value.replace(':', '.');
			case MEMBERS, MEMBER -> applicant == null ? value : String.join(", ", members(value, applicant).stream()
				.map(FamilyMember::fullName).toList());
			case FILE -> "en".equals(locale.getLanguage()) ? "attached" : "terlampir";
			default -> value;
		};
	}

	/** A run-time choice by its label while the module still offers it, otherwise the stored value. */
	private String runTimeLabel(ServiceManifest manifest, FormField field, String value, ApplicantSnapshot applicant,
			Locale locale) {
		if (value == null || value.isBlank()) {
			return "";
		}
		return extensions.options(manifest, field, applicant.nik(), locale).stream().filter(o -> o.value().equals(value))
			.map(o -> o.label()).findFirst().orElse(value);
	}

	/** The chosen members of a members value (comma-separated NIKs), in Kartu Keluarga order. */
	static List<FamilyMember> members(String value, ApplicantSnapshot applicant) {
		Set<String> niks = Arrays.stream(value.split(",")).map(String::strip).collect(Collectors.toSet());
		return applicant.chosen(niks);
	}
}
