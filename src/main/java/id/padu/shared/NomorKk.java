package id.padu.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * Nomor Kartu Keluarga: 6 digits kecamatan code, issue date DDMMYY, 4 digits serial. Parsing checks
 * what the number alone can tell; whether the kecamatan exists is the wilayah directory's question.
 * The messages for its keys live in the registry bundle, the module that owns families.
 */
public record NomorKk(String value) {

	private static final Pattern DIGITS = Pattern.compile("\\d{16}");
	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	public NomorKk {
		if (value == null || !DIGITS.matcher(value).matches()) {
			throw new InvalidIdentifierException("identifier.kk.format");
		}
		String area = value.substring(0, 6);
		// Province codes run from 11 (Aceh) to 9x (Papua); regency and kecamatan parts are never 00.
		if (area.charAt(0) == '0' || area.startsWith("10") || area.substring(2, 4).equals("00")
				|| area.substring(4, 6).equals("00")) {
			throw new InvalidIdentifierException("identifier.kk.wilayah", area);
		}
		LocalDate issued = issueDate(value, LocalDate.now(JAKARTA));
		if (issued.isAfter(LocalDate.now(JAKARTA))) {
			throw new InvalidIdentifierException("identifier.kk.future");
		}
		if (value.endsWith("0000")) {
			throw new InvalidIdentifierException("identifier.kk.serial");
		}
	}

	public static NomorKk of(String value) {
		return new NomorKk(value == null ? null : value.replace(" ", "").strip());
	}

	public KodeWilayah kecamatan() {
		return KodeWilayah.ofKecamatanDigits(value.substring(0, 6));
	}

	/** The date the card was issued. The century is the latest one that keeps the year not after this year. */
	public LocalDate issuedOn() {
		return issueDate(value, LocalDate.now(JAKARTA));
	}

	private static LocalDate issueDate(String value, LocalDate today) {
		int day = Integer.parseInt(value.substring(6, 8));
		int month = Integer.parseInt(value.substring(8, 10));
		int yy = Integer.parseInt(value.substring(10, 12));
		int year = 2000 + yy <= today.getYear() ? 2000 + yy : 1900 + yy;
		try {
			return LocalDate.of(year, month, day);
		} catch (DateTimeException e) {
			throw new InvalidIdentifierException("identifier.kk.issueDate");
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
