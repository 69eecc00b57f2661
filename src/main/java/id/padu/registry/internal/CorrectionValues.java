package id.padu.registry.internal;

import id.padu.registry.BloodType;
import id.padu.registry.Gender;
import id.padu.registry.MaritalStatus;
import id.padu.registry.Religion;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.KodeWilayah;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import id.padu.wilayah.WilayahDirectory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One new value on its own: trimmed, written the canonical way (RT {@code 3} becomes {@code 003}) and
 * checked, or the message key that says what is wrong. Lengths follow the columns of the resident table.
 */
@Component
class CorrectionValues {

	record Result(String value, String problemKey, Object... args) {

		static Result ok(String value) {
			return new Result(value, null);
		}

		static Result problem(String key, Object... args) {
			return new Result(null, key, args);
		}
	}

	static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
	private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L} .,'-]*");
	private static final Pattern PLACE = Pattern.compile("\\p{L}[\\p{L}0-9 .,'()-]*");
	private static final Pattern RT_RW = Pattern.compile("\\d{1,3}");
	private static final Pattern PHONE = Pattern.compile("(\\+62|0)\\d{8,13}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final WilayahDirectory wilayah;
	private final TenantDirectory tenants;

	CorrectionValues(WilayahDirectory wilayah, TenantDirectory tenants) {
		this.wilayah = wilayah;
		this.tenants = tenants;
	}

	Result normalize(CorrectionField field, String raw, LocalDate today) {
		String text = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
		if (text.isEmpty()) {
			return field.required() ? Result.problem("registry.correction.required") : Result.ok(null);
		}
		return switch (field) {
			case NAME -> text(text, 200, NAME, "registry.correction.name.invalid");
			case BIRTH_PLACE -> text(text, 100, PLACE, "registry.correction.birthPlace.invalid");
			case BIRTH_DATE -> birthDate(text, today);
			case GENDER -> choice(text, Gender.class);
			case BLOOD_TYPE -> choice(text, BloodType.class);
			case RELIGION -> choice(text, Religion.class);
			case MARITAL_STATUS -> choice(text, MaritalStatus.class);
			case OCCUPATION -> text(text, 100, null, null);
			case EDUCATION -> text(text, 30, null, null);
			case STREET -> text(text, 200, null, null);
			case RT -> rtRw(text, "registry.correction.rt.invalid");
			case RW -> rtRw(text, "registry.correction.rw.invalid");
			case KELURAHAN -> kelurahan(text);
			case PHONE -> phone(text);
			case EMAIL -> text.length() <= 254 && EMAIL.matcher(text).matches() ? Result.ok(text)
					: Result.problem("registry.correction.email.invalid");
		};
	}

	private static Result text(String text, int max, Pattern pattern, String patternKey) {
		if (text.length() > max) {
			return Result.problem("registry.correction.tooLong", max);
		}
		if (pattern != null && !pattern.matcher(text).matches()) {
			return Result.problem(patternKey);
		}
		return Result.ok(text);
	}

	private static Result birthDate(String text, LocalDate today) {
		LocalDate date;
		try {
			date = LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			return Result.problem("registry.correction.birthDate.format");
		}
		if (date.isAfter(today)) {
			return Result.problem("registry.correction.birthDate.future");
		}
		if (date.isBefore(EARLIEST_BIRTH)) {
			return Result.problem("registry.correction.birthDate.tooEarly");
		}
		return Result.ok(date.toString());
	}

	private static <E extends Enum<E>> Result choice(String text, Class<E> type) {
		String name = text.toUpperCase(Locale.ROOT).replace(' ', '_');
		if (Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(name))) {
			return Result.ok(name);
		}
		return Result.problem("registry.correction.choice.invalid",
				Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
	}

	private static Result rtRw(String text, String key) {
		if (!RT_RW.matcher(text).matches() || Integer.parseInt(text) == 0) {
			return Result.problem(key);
		}
		return Result.ok(String.format("%03d", Integer.parseInt(text)));
	}

	private Result kelurahan(String text) {
		KodeWilayah kode;
		try {
			kode = KodeWilayah.of(text);
		} catch (InvalidIdentifierException e) {
			return Result.problem("registry.correction.kelurahan.format");
		}
		if (kode.level() != KodeWilayah.Level.DESA_KELURAHAN) {
			return Result.problem("registry.correction.kelurahan.format");
		}
		if (!wilayah.exists(kode)) {
			return Result.problem("registry.correction.kelurahan.unknown", kode.value());
		}
		TenantInfo pemda = tenants.current();
		if (!kode.isWithin(pemda.kodeWilayah())) {
			// Living elsewhere is a move out (pindah keluar), not a correction of the address.
			return Result.problem("registry.correction.kelurahan.outside", kode.value(), pemda.name());
		}
		return Result.ok(kode.value());
	}

	private static Result phone(String text) {
		String digits = text.replaceAll("[\\s().-]", "");
		return PHONE.matcher(digits).matches() && digits.length() <= 30 ? Result.ok(digits)
				: Result.problem("registry.correction.phone.invalid");
	}
}
