package id.padu.registry.internal;

import id.padu.registry.FamilyRelationship;
import id.padu.registry.Gender;
import id.padu.registry.MaritalStatus;
import id.padu.registry.Religion;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The ways SIAK exports (and the people who edit them in a spreadsheet) spell agama, status
 * perkawinan, hubungan keluarga and jenis kelamin, mapped to Padu's values. Matching ignores case,
 * dots, underscores and repeated spaces, so "Kepala_Keluarga", "KEPALA  KELUARGA" and "kepala keluarga" agree.
 */
final class ResidentImportSpellings {

	static final String RELIGIONS = "ISLAM, KRISTEN, KATOLIK, HINDU, BUDHA, KHONGHUCU, KEPERCAYAAN";
	static final String MARITAL = "BELUM KAWIN, KAWIN, CERAI HIDUP, CERAI MATI";
	static final String RELATIONSHIPS = "KEPALA KELUARGA, SUAMI, ISTRI, ANAK, MENANTU, CUCU, ORANG TUA, MERTUA, "
			+ "FAMILI LAIN, PEMBANTU, LAINNYA";

	private static final Pattern SPACES = Pattern.compile("\\s+");
	private static final Map<String, Religion> RELIGION = new HashMap<>();
	private static final Map<String, MaritalStatus> MARITAL_STATUS = new HashMap<>();
	private static final Map<String, FamilyRelationship> RELATIONSHIP = new HashMap<>();
	private static final Map<String, Gender> GENDER = new HashMap<>();

	static {
		for (Religion r : Religion.values()) {
			RELIGION.put(r.name(), r);
		}
		put(RELIGION, Religion.KRISTEN, "KRISTEN PROTESTAN", "PROTESTAN");
		put(RELIGION, Religion.KATOLIK, "KATHOLIK", "KRISTEN KATOLIK", "KRISTEN KATHOLIK");
		put(RELIGION, Religion.BUDDHA, "BUDHA");
		put(RELIGION, Religion.KONGHUCU, "KHONGHUCU", "KONG HU CU", "KHONG HU CU");
		put(RELIGION, Religion.KEPERCAYAAN, "KEPERCAYAAN TERHADAP TUHAN YME", "KEPERCAYAAN TERHADAP TUHAN YANG MAHA ESA",
				"ALIRAN KEPERCAYAAN", "KEPERCAYAAN KEPADA TUHAN YME");
		for (MaritalStatus m : MaritalStatus.values()) {
			MARITAL_STATUS.put(m.name().replace('_', ' '), m);
		}
		// Since 2021 SIAK distinguishes recorded from unrecorded marriages and divorces; Padu keeps the status.
		put(MARITAL_STATUS, MaritalStatus.KAWIN, "KAWIN TERCATAT", "KAWIN BELUM TERCATAT", "KAWIN TIDAK TERCATAT");
		put(MARITAL_STATUS, MaritalStatus.CERAI_HIDUP, "CERAI HIDUP TERCATAT", "CERAI HIDUP BELUM TERCATAT",
				"CERAI HIDUP TIDAK TERCATAT");
		for (FamilyRelationship f : FamilyRelationship.values()) {
			RELATIONSHIP.put(f.name().replace('_', ' '), f);
		}
		put(RELATIONSHIP, FamilyRelationship.ISTRI, "ISTERI");
		put(RELATIONSHIP, FamilyRelationship.FAMILI_LAIN, "FAMILY LAIN", "FAMILI LAINNYA");
		put(GENDER, Gender.L, "L", "LAKI-LAKI", "LAKI LAKI", "LK");
		put(GENDER, Gender.P, "P", "PEREMPUAN", "PR", "WANITA");
	}

	private ResidentImportSpellings() {
	}

	static Religion religion(String text) {
		return find(RELIGION, text);
	}

	static MaritalStatus maritalStatus(String text) {
		return find(MARITAL_STATUS, text);
	}

	static FamilyRelationship relationship(String text) {
		return find(RELATIONSHIP, text);
	}

	static Gender gender(String text) {
		return find(GENDER, text);
	}

	/** The plain upper-case spelling first (almost every row), the full normalization only when that misses. */
	private static <E> E find(Map<String, E> map, String text) {
		String upper = text.toUpperCase(Locale.ROOT);
		E value = map.get(upper);
		return value != null ? value : map.get(normalize(upper));
	}

	static String normalize(String text) {
		return SPACES.matcher(text.toUpperCase(Locale.ROOT).replace('_', ' ').replace(".", "")).replaceAll(" ").strip();
	}

	private static <E> void put(Map<String, E> map, E value, String... spellings) {
		for (String s : spellings) {
			map.put(s, value);
		}
	}
}
