package id.padu.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Nomor Induk Kependudukan: 6 digits kecamatan code, birth date DDMMYY (women: day + 40), 4 digits
 * serial. Parsing checks what the number alone can tell; whether the kecamatan exists is the
 * wilayah directory's question.
 */
public record Nik(String value) {

	private static final Pattern DIGITS = Pattern.compile("\\d{16}");

	public Nik {
		if (value == null || !DIGITS.matcher(value).matches()) {
			throw new InvalidIdentifierException("identifier.nik.format");
		}
		int day = Integer.parseInt(value.substring(6, 8));
		int month = Integer.parseInt(value.substring(8, 10));
		int dayOfMonth = day > 40 ? day - 40 : day;
		if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) {
			throw new InvalidIdentifierException("identifier.nik.birthdate");
		}
		try {
			// 2000 is a leap year, so 29 February passes here and is checked against the century later.
			LocalDate.of(2000, month, dayOfMonth);
		} catch (DateTimeException e) {
			throw new InvalidIdentifierException("identifier.nik.birthdate");
		}
		if (value.endsWith("0000")) {
			throw new InvalidIdentifierException("identifier.nik.serial");
		}
	}

	public static Nik of(String value) {
		return new Nik(value == null ? null : value.strip());
	}

	public KodeWilayah kecamatan() {
		return KodeWilayah.ofKecamatanDigits(value.substring(0, 6));
	}

	public boolean isFemale() {
		return Integer.parseInt(value.substring(6, 8)) > 40;
	}

	/** Whether the date part agrees with a birth date and gender (women have day + 40). */
	public boolean matches(LocalDate birthDate, boolean female) {
		int day = birthDate.getDayOfMonth() + (female ? 40 : 0);
		String expected = String.format("%02d%02d%02d", day, birthDate.getMonthValue(), birthDate.getYear() % 100);
		return value.substring(6, 12).equals(expected);
	}

	/** Masked for screens and logs that need not show the whole number: 3671**********01. */
	public String masked() {
		return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
	}

	@Override
	public String toString() {
		return value;
	}
}
