package id.padu.shared;

import java.util.regex.Pattern;

/**
 * Kemendagri area code: {@code 36} province, {@code 36.71} kota/kabupaten, {@code 36.71.01} kecamatan,
 * {@code 36.71.01.1001} kelurahan/desa.
 */
public record KodeWilayah(String value) {

	private static final Pattern FORMAT = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

	public enum Level { PROVINSI, KABUPATEN_KOTA, KECAMATAN, DESA_KELURAHAN }

	public KodeWilayah {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new InvalidIdentifierException("identifier.wilayah.format", value);
		}
	}

	public static KodeWilayah of(String value) {
		return new KodeWilayah(value);
	}

	/** The six digits a NIK or Nomor KK starts with, e.g. {@code 367101} for {@code 36.71.01}. */
	public static KodeWilayah ofKecamatanDigits(String sixDigits) {
		return new KodeWilayah(sixDigits.substring(0, 2) + "." + sixDigits.substring(2, 4) + "." + sixDigits.substring(4, 6));
	}

	public Level level() {
		return switch (value.length()) {
			case 2 -> Level.PROVINSI;
			case 5 -> Level.KABUPATEN_KOTA;
			case 8 -> Level.KECAMATAN;
			default -> Level.DESA_KELURAHAN;
		};
	}

	public boolean isWithin(KodeWilayah ancestor) {
		return value.equals(ancestor.value) || value.startsWith(ancestor.value + ".");
	}

	@Override
	public String toString() {
		return value;
	}
}
