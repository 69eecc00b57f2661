package id.padu.services.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The form fields the {@code registryMove} step reads: who moves ({@code anggota}, a members field), where
 * to ({@code tujuanKelurahan}, a wilayah field, and {@code tujuanAlamat}), optionally {@code tujuanRt} and
 * {@code tujuanRw}. A bundle that uses the step must declare them with these types.
 */
final class RegistryMoveFields {

	static final String MEMBERS = "anggota";
	static final String KELURAHAN = "tujuanKelurahan";
	static final String STREET = "tujuanAlamat";
	static final String RT = "tujuanRt";
	static final String RW = "tujuanRw";

	private static final Map<String, List<FieldType>> REQUIRED = Map.of(MEMBERS, List.of(FieldType.MEMBERS),
			KELURAHAN, List.of(FieldType.WILAYAH), STREET, List.of(FieldType.TEXT, FieldType.TEXTAREA));

	private RegistryMoveFields() {
	}

	/** The required fields the manifest lacks or declares with another type, as {@code name (type)}. */
	static List<String> missing(ServiceManifest manifest) {
		List<String> missing = new ArrayList<>();
		REQUIRED.forEach((name, types) -> {
			boolean ok = manifest.field(name).filter(f -> types.contains(f.type()) && f.required()).isPresent();
			if (!ok) {
				missing.add(name + " (" + types.get(0).yamlName() + ", required)");
			}
		});
		missing.sort(null);
		return missing;
	}
}
