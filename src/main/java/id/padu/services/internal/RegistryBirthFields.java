package id.padu.services.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The form fields the {@code registryBirth} step reads: the child's name ({@code namaAnak}), place and date
 * of birth ({@code tempatLahir}, {@code tanggalLahir}), gender ({@code jenisKelamin}, a select with the
 * options {@code L} and {@code P}) and the mother ({@code ibu}, a member field), all required; optionally the
 * father ({@code ayah}, a member field). A bundle that uses the step must declare them with these types.
 */
final class RegistryBirthFields {

	static final String NAME = "namaAnak";
	static final String PLACE = "tempatLahir";
	static final String DATE = "tanggalLahir";
	static final String GENDER = "jenisKelamin";
	static final String MOTHER = "ibu";
	static final String FATHER = "ayah";
	static final String WITNESS_1 = "saksi1";
	static final String WITNESS_2 = "saksi2";

	private static final Map<String, List<FieldType>> REQUIRED = new TreeMap<>(Map.of(NAME,
			List.of(FieldType.TEXT), PLACE, List.of(FieldType.TEXT), DATE, List.of(FieldType.DATE), GENDER,
			List.of(FieldType.SELECT), MOTHER, List.of(FieldType.MEMBER)));
	private static final Set<String> GENDERS = Set.of("L", "P");

	private RegistryBirthFields() {
	}

	/** The fields the manifest lacks or declares otherwise, as {@code name (type)}. */
	static List<String> missing(ServiceManifest manifest) {
		List<String> missing = new ArrayList<>();
		REQUIRED.forEach((name, types) -> {
			boolean ok = manifest.field(name).filter(f -> types.contains(f.type()) && f.required()).isPresent();
			if (!ok) {
				missing.add(name + " (" + types.get(0).yamlName() + ", required)");
			}
		});
		manifest.field(GENDER).filter(f -> !f.options().stream().map(FormField.Option::value)
			.collect(Collectors.toSet()).equals(GENDERS)).ifPresent(f -> missing.add(GENDER + " (options L, P)"));
		manifest.field(FATHER).filter(f -> f.type() != FieldType.MEMBER).ifPresent(f -> missing.add(FATHER + " (member)"));
		return missing;
	}
}
