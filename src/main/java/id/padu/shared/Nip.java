package id.padu.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * Nomor Induk Pegawai (18 digits): birth date YYYYMMDD, appointment YYYYMM, gender 1/2, serial 3 digits.
 */
public record Nip(String value) {

	private static final Pattern DIGITS = Pattern.compile("\\d{18}");

	public Nip {
		if (value == null || !DIGITS.matcher(value).matches()) {
			throw new InvalidIdentifierException("identifier.nip.format");
		}
		try {
			LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
					Integer.parseInt(value.substring(6, 8)));
		} catch (DateTimeException e) {
			throw new InvalidIdentifierException("identifier.nip.birthdate");
		}
		int month = Integer.parseInt(value.substring(12, 14));
		if (month < 1 || month > 12) {
			throw new InvalidIdentifierException("identifier.nip.appointment");
		}
		char gender = value.charAt(14);
		if (gender != '1' && gender != '2') {
			throw new InvalidIdentifierException("identifier.nip.gender");
		}
	}

	public static Nip of(String value) {
		return new Nip(value == null ? null : value.replace(" ", "").strip());
	}

	public YearMonth appointedIn() {
		return YearMonth.of(Integer.parseInt(value.substring(8, 12)), Integer.parseInt(value.substring(12, 14)));
	}

	/** Shown grouped as on an ID card: 19800101 200501 1 001. */
	public String formatted() {
		return value.substring(0, 8) + " " + value.substring(8, 14) + " " + value.charAt(14) + " " + value.substring(15);
	}

	@Override
	public String toString() {
		return value;
	}
}
