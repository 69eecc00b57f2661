package id.padu.localtax;

import id.padu.shared.InvalidIdentifierException;

import java.util.regex.Pattern;

/**
 * Nomor Objek Pajak of PBB-P2: 18 digits, province (2), kabupaten/kota (2), kecamatan (3), kelurahan/desa (3),
 * block (3), serial number (4) and object type (1), written {@code 36.71.010.001.001-0001.0}. Dots, hyphens and
 * spaces are accepted when reading. Whether the areas exist in the pemda is a question for the wilayah data.
 */
public record Nop(String value) {

	private static final Pattern DIGITS = Pattern.compile("\\d{18}");

	public Nop {
		if (value == null || !DIGITS.matcher(value).matches()) {
			throw new InvalidIdentifierException("localtax.nop.format", value);
		}
		if (value.substring(10, 13).equals("000")) {
			throw new InvalidIdentifierException("localtax.nop.block", value);
		}
		if (value.substring(13, 17).equals("0000")) {
			throw new InvalidIdentifierException("localtax.nop.serial", value);
		}
	}

	/** Reads a NOP as people write it; separators are dropped. */
	public static Nop parse(String text) {
		return new Nop(text == null ? null : text.replaceAll("[\\s.\\-]", ""));
	}

	public String province() {
		return value.substring(0, 2);
	}

	public String kabupatenKota() {
		return value.substring(2, 4);
	}

	public String kecamatan() {
		return value.substring(4, 7);
	}

	public String kelurahan() {
		return value.substring(7, 10);
	}

	public String block() {
		return value.substring(10, 13);
	}

	public String serial() {
		return value.substring(13, 17);
	}

	public String objectType() {
		return value.substring(17);
	}

	/** {@code 36.71.010.001.001-0001.0}, as an SPPT prints it. */
	public String formatted() {
		return province() + "." + kabupatenKota() + "." + kecamatan() + "." + kelurahan() + "." + block() + "-" + serial()
				+ "." + objectType();
	}

	@Override
	public String toString() {
		return formatted();
	}
}
