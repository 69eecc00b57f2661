package id.padu.registry.internal;

import id.padu.registry.FamilyRelationship;
import id.padu.registry.Gender;
import id.padu.registry.IdentifierRules;
import id.padu.registry.MaritalStatus;
import id.padu.registry.Religion;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.Nik;
import id.padu.shared.NomorKk;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks one row of a SIAK export and turns it into a {@link ResidentImportRow}, or records every
 * problem of the row (not just the first) so the sender can fix a file in one go. The NIK and Nomor
 * KK rules are those of {@link IdentifierRules}, with the kecamatan and kelurahan codes held in memory
 * for the whole import instead of one query per row.
 */
final class ResidentImportValidator {

	/** The header of a SIAK export, in the order values are handed to {@link #check}. */
	static final List<String> HEADER = List.of("nik", "no_kk", "nama", "tempat_lahir", "tanggal_lahir", "jenis_kelamin",
			"agama", "status_perkawinan", "pekerjaan", "alamat", "rt", "rw", "kode_wilayah", "hubungan_keluarga");

	static final int NIK = 0, KK = 1, NAME = 2, BIRTH_PLACE = 3, BIRTH_DATE = 4, GENDER = 5, RELIGION = 6, MARITAL = 7,
			OCCUPATION = 8, STREET = 9, RT = 10, RW = 11, WILAYAH = 12, RELATIONSHIP = 13;

	private static final Pattern RT_RW = Pattern.compile("\\d{1,3}");
	private static final Pattern KELURAHAN_DIGITS = Pattern.compile("\\d{10}");
	private static final char REPLACEMENT = '\uFFFD';

	private final Set<String> kelurahan;
	private final Predicate<String> knownKecamatan;
	private final String area;
	private final LocalDate today;

	/**
	 * @param kelurahan codes of the kelurahan/desa of the tenant's area ({@code 36.71.01.1001})
	 * @param knownKecamatan whether the six digits a NIK or Nomor KK starts with ({@code 367101}) are a
	 *        kecamatan of Indonesia; the caller memoizes it per import
	 */
	ResidentImportValidator(Set<String> kelurahan, Predicate<String> knownKecamatan, String area, LocalDate today) {
		this.kelurahan = kelurahan;
		this.knownKecamatan = knownKecamatan;
		this.area = area;
		this.today = today;
	}

	/** The checked row, or null when it has problems (all added to {@code errors}). */
	ResidentImportRow check(long row, String[] v, List<ResidentImportError> errors) {
		int before = errors.size();
		for (int c = 0; c < v.length; c++) {
			v[c] = v[c] == null ? "" : v[c].strip();
			if (v[c].indexOf(REPLACEMENT) >= 0) {
				// The decoder put U+FFFD where bytes were not UTF-8 (or the file already carried one from an
				// earlier bad conversion): the value is damaged either way and is not stored.
				errors.add(new ResidentImportError(row, HEADER.get(c), "registry.import.encoding"));
				v[c] = null; // reported: the checks below skip a null value

			}
		}
		Nik nik = identifier(row, v, NIK, errors, Nik::of);
		NomorKk kk = identifier(row, v, KK, errors, NomorKk::of);
		if (nik != null && !knownKecamatan.test(nik.value().substring(0, 6))) {
			errors.add(new ResidentImportError(row, HEADER.get(NIK), "identifier.nik.kecamatan", nik.value().substring(0, 6)));
			nik = null;
		}
		if (kk != null && !knownKecamatan.test(kk.value().substring(0, 6))) {
			errors.add(new ResidentImportError(row, HEADER.get(KK), "identifier.kk.kecamatan", kk.value().substring(0, 6)));
		}
		String name = text(row, v, NAME, 200, true, errors);
		String birthPlace = text(row, v, BIRTH_PLACE, 100, true, errors);
		LocalDate birthDate = birthDate(row, v, errors);
		Gender gender = choice(row, v, GENDER, ResidentImportSpellings::gender, "registry.import.gender", "L, P", errors);
		Religion religion = choice(row, v, RELIGION, ResidentImportSpellings::religion, "registry.import.choice",
				ResidentImportSpellings.RELIGIONS, errors);
		MaritalStatus marital = choice(row, v, MARITAL, ResidentImportSpellings::maritalStatus, "registry.import.choice",
				ResidentImportSpellings.MARITAL, errors);
		FamilyRelationship relationship = choice(row, v, RELATIONSHIP, ResidentImportSpellings::relationship,
				"registry.import.choice", ResidentImportSpellings.RELATIONSHIPS, errors);
		String occupation = text(row, v, OCCUPATION, 100, false, errors);
		String street = text(row, v, STREET, 200, false, errors);
		String rt = rtRw(row, v, RT, errors);
		String rw = rtRw(row, v, RW, errors);
		String kelurahanKode = kelurahan(row, v, errors);
		if (nik != null && birthDate != null && gender != null) {
			consistent(row, nik, birthDate, gender, errors);
		}
		if (errors.size() > before) {
			return null;
		}
		return new ResidentImportRow(row, nik.value(), kk.value(), kk.issuedOn(), name, birthPlace, birthDate, gender,
				religion, marital, occupation, street, rt, rw, kelurahanKode, relationship);
	}

	/** The NIK's date part against birth date and gender, with the messages of {@link IdentifierRules#checkNik}. */
	private static void consistent(long row, Nik nik, LocalDate birthDate, Gender gender, List<ResidentImportError> errors) {
		if (nik.isFemale() != gender.isFemale()) {
			errors.add(new ResidentImportError(row, HEADER.get(NIK),
					gender.isFemale() ? "identifier.nik.notFemale" : "identifier.nik.notMale"));
		} else if (!datePartMatches(nik.value(), birthDate, gender)) {
			errors.add(new ResidentImportError(row, HEADER.get(NIK), "identifier.nik.birthdateMismatch",
					IdentifierRules.expectedDatePart(birthDate, gender)));
		}
	}

	/** {@link IdentifierRules#expectedDatePart} without String.format, which would cost more than the rest of the row. */
	private static boolean datePartMatches(String nik, LocalDate birthDate, Gender gender) {
		int day = birthDate.getDayOfMonth() + (gender.isFemale() ? 40 : 0);
		return two(nik, 6) == day && two(nik, 8) == birthDate.getMonthValue() && two(nik, 10) == birthDate.getYear() % 100;
	}

	private static int two(String digits, int at) {
		return (digits.charAt(at) - '0') * 10 + digits.charAt(at + 1) - '0';
	}

	private static <T> T identifier(long row, String[] v, int c, List<ResidentImportError> errors,
			Function<String, T> parse) {
		if (v[c] == null) {
			return null;
		}
		if (v[c].isEmpty()) {
			errors.add(new ResidentImportError(row, HEADER.get(c), "registry.import.required"));
			return null;
		}
		try {
			return parse.apply(v[c]);
		} catch (InvalidIdentifierException e) {
			errors.add(new ResidentImportError(row, HEADER.get(c), e.messageKey(), e.arguments()));
			return null;
		}
	}

	private static String text(long row, String[] v, int c, int max, boolean required, List<ResidentImportError> errors) {
		if (v[c] == null) {
			return null;
		}
		if (v[c].isEmpty()) {
			if (required) {
				errors.add(new ResidentImportError(row, HEADER.get(c), "registry.import.required"));
			}
			return null;
		}
		if (v[c].length() > max) {
			errors.add(new ResidentImportError(row, HEADER.get(c), "registry.import.tooLong", max));
			return null;
		}
		return v[c];
	}

	private LocalDate birthDate(long row, String[] v, List<ResidentImportError> errors) {
		if (v[BIRTH_DATE] == null) {
			return null;
		}
		if (v[BIRTH_DATE].isEmpty()) {
			errors.add(new ResidentImportError(row, HEADER.get(BIRTH_DATE), "registry.import.required"));
			return null;
		}
		try {
			// ISO_LOCAL_DATE resolves strictly: 2026-02-30 is refused, not moved to March.
			LocalDate date = LocalDate.parse(v[BIRTH_DATE]);
			if (date.isAfter(today)) {
				errors.add(new ResidentImportError(row, HEADER.get(BIRTH_DATE), "registry.import.future", v[BIRTH_DATE]));
				return null;
			}
			return date;
		} catch (DateTimeParseException e) {
			errors.add(new ResidentImportError(row, HEADER.get(BIRTH_DATE), "registry.import.date", v[BIRTH_DATE]));
			return null;
		}
	}

	private static <E> E choice(long row, String[] v, int c, Function<String, E> spelling, String key, String choices,
			List<ResidentImportError> errors) {
		if (v[c] == null) {
			return null;
		}
		if (v[c].isEmpty()) {
			errors.add(new ResidentImportError(row, HEADER.get(c), "registry.import.required"));
			return null;
		}
		E value = spelling.apply(v[c]);
		if (value == null) {
			errors.add(new ResidentImportError(row, HEADER.get(c), key, v[c], choices));
		}
		return value;
	}

	/** RT and RW as stored: three digits, so "1" and "001" are the same value and a re-import changes nothing. */
	private static String rtRw(long row, String[] v, int c, List<ResidentImportError> errors) {
		if (v[c] == null) {
			return null;
		}
		if (v[c].isEmpty()) {
			errors.add(new ResidentImportError(row, HEADER.get(c), "registry.import.required"));
			return null;
		}
		if (!RT_RW.matcher(v[c]).matches() || Integer.parseInt(v[c]) == 0) {
			errors.add(new ResidentImportError(row, HEADER.get(c), "registry.import.rtRw", v[c]));
			return null;
		}
		return "000".substring(v[c].length()) + v[c];
	}

	/** A kelurahan of this pemda, written 36.71.01.1001 or, as some exports do, 3671011001. */
	private String kelurahan(long row, String[] v, List<ResidentImportError> errors) {
		String code = v[WILAYAH];
		if (code == null) {
			return null;
		}
		if (code.isEmpty()) {
			errors.add(new ResidentImportError(row, HEADER.get(WILAYAH), "registry.import.required"));
			return null;
		}
		if (KELURAHAN_DIGITS.matcher(code).matches()) {
			code = code.substring(0, 2) + "." + code.substring(2, 4) + "." + code.substring(4, 6) + "." + code.substring(6);
		}
		if (!kelurahan.contains(code)) {
			errors.add(new ResidentImportError(row, HEADER.get(WILAYAH), "registry.import.wilayah", v[WILAYAH], area));
			return null;
		}
		return code;
	}
}
