package id.padu.services.internal;

import id.padu.registry.FamilyMember;
import id.padu.shared.KodeWilayah;
import id.padu.tenancy.TenantDirectory;
import id.padu.wilayah.Wilayah;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the form page of a service: registry fields prefilled and read-only, family members to choose
 * from, a kelurahan picker starting at the pemda's own city, entered values kept after an error. A field with
 * {@code prefill} starts with the registry's value (the applicant may change it) on a fresh form.
 */
@Component
class FormInputs {

	private final RegistryText registryText;
	private final PlaceNames places;
	private final TenantDirectory tenants;
	private final MessageSource messages;
	private final FormExtensions extensions;

	FormInputs(RegistryText registryText, PlaceNames places, TenantDirectory tenants, MessageSource messages,
			FormExtensions extensions) {
		this.registryText = registryText;
		this.places = places;
		this.tenants = tenants;
		this.messages = messages;
		this.extensions = extensions;
	}

	List<FieldInput> inputs(ServiceManifest manifest, Map<String, String> values, ApplicantSnapshot applicant,
			List<FieldProblem> problems, Locale locale) {
		Map<String, FieldProblem> errors = problems.stream()
			.collect(Collectors.toMap(FieldProblem::field, p -> p, (a, b) -> a));
		List<FieldInput> inputs = new ArrayList<>();
		for (FormField f : manifest.fields()) {
			FieldProblem problem = errors.get(f.name());
			String error = problem == null ? null : messages.getMessage(problem.messageKey(), problem.args(), locale);
			String value = values.get(f.name()) == null && values.isEmpty() && f.prefill() != null
					? registryText.raw(f.prefill(), applicant, locale) : values.get(f.name());
			if (f.fromRegistry()) {
				inputs.add(new FieldInput(f.name(), f.label().in(locale), f.hint().in(locale), f.type().yamlName(), true,
						true, null, registryText.value(f.attribute(), applicant, locale), List.of(), List.of(), error, null));
				continue;
			}
			List<FieldInput.Choice> choices = switch (f.type()) {
				case SELECT -> f.optionsFrom() == null ? f.options().stream()
					.map(o -> new FieldInput.Choice(o.value(), o.label().in(locale), null, o.value().equals(value))).toList()
						: extensions.options(manifest, f, applicant.nik(), locale).stream()
							.map(o -> new FieldInput.Choice(o.value(), o.label(), o.detail(), o.value().equals(value))).toList();
				case MEMBERS, MEMBER -> members(applicant, value, locale);
				default -> List.of();
			};
			List<FieldInput.Level> levels = f.type() == FieldType.WILAYAH ? levels(f.name(), value) : List.of();
			String feeUrl = f.name().equals(manifest.fee().unitField()) ? "/layanan/" + manifest.code() + "/biaya" : null;
			inputs.add(new FieldInput(f.name(), f.label().in(locale), f.hint().in(locale), f.type().yamlName(),
					f.required(), false, value, null, choices, levels, error, feeUrl));
		}
		return inputs;
	}

	private List<FieldInput.Choice> members(ApplicantSnapshot applicant, String value, Locale locale) {
		Set<String> chosen = value == null ? Set.of() : Set.copyOf(Arrays.asList(value.split(",")));
		List<FieldInput.Choice> choices = new ArrayList<>();
		for (FamilyMember member : applicant.livingMembers()) {
			Map<String, String> text = registryText.member(member, locale);
			choices.add(new FieldInput.Choice(member.nik().value(), member.fullName(), text.get("relationship"),
					chosen.contains(member.nik().value())));
		}
		return choices;
	}

	/** Province, city and kecamatan lists down to the chosen (or the pemda's own) area, then its kelurahan. */
	private List<FieldInput.Level> levels(String name, String value) {
		KodeWilayah chosen = null;
		if (value != null && value.matches("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}")) {
			chosen = KodeWilayah.of(value);
		}
		String city = chosen != null ? chosen.value().substring(0, 5) : tenants.current().kodeWilayah().value();
		String province = city.substring(0, 2);
		String kecamatan = chosen != null ? chosen.value().substring(0, 8) : null;
		List<FieldInput.Level> levels = new ArrayList<>();
		levels.add(new FieldInput.Level(name + "-provinsi", "services.form.province",
				choices(places.provinces(), province)));
		levels.add(new FieldInput.Level(name + "-kota", "services.form.city",
				choices(places.children(KodeWilayah.of(province)), city)));
		levels.add(new FieldInput.Level(name + "-kecamatan", "services.form.kecamatan",
				choices(places.children(KodeWilayah.of(city)), kecamatan)));
		levels.add(new FieldInput.Level(name, "services.form.kelurahan",
				kecamatan == null ? List.of() : choices(places.children(KodeWilayah.of(kecamatan)), value)));
		return levels;
	}

	static List<FieldInput.Choice> choices(List<Wilayah> areas, String selected) {
		return areas.stream().map(w -> new FieldInput.Choice(w.kode().value(), w.nama(), null,
				w.kode().value().equals(selected))).toList();
	}
}
