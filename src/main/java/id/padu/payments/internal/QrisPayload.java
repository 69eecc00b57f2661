package id.padu.payments.internal;

import java.text.Normalizer;

/**
 * The QRIS payload of one bill: EMVCo merchant-presented mode, dynamic (the amount is in the code and
 * the code is valid for this bill only), merchant category 9399 (government services), Rupiah (360),
 * the billing code as bill number (tag 62, sub-tag 01), and the CRC over everything before it,
 * including the {@code 6304} that introduces it.
 */
final class QrisPayload {

	static final String QRIS_DOMAIN = "ID.CO.QRIS.WWW";
	static final String GOVERNMENT_SERVICES = "9399";
	static final String RUPIAH = "360";
	static final int NAME_MAX = 25;
	static final int CITY_MAX = 15;

	private QrisPayload() {
	}

	static String of(QrisMerchant merchant, String pemdaName, String pemdaShortName, long amountRupiah,
			String billingCode) {
		if (amountRupiah <= 0) {
			throw new IllegalArgumentException("A QRIS amount is positive: " + amountRupiah);
		}
		String payload = Tlv.field("00", "01")
				+ Tlv.field("01", "12")
				+ Tlv.field("26", Tlv.field("00", merchant.acquirerDomain()) + Tlv.field("01", merchant.merchantPan())
						+ Tlv.field("02", merchant.merchantId()) + Tlv.field("03", merchant.criteria()))
				+ Tlv.field("51", Tlv.field("00", QRIS_DOMAIN) + Tlv.field("02", merchant.nmid())
						+ Tlv.field("03", merchant.criteria()))
				+ Tlv.field("52", GOVERNMENT_SERVICES)
				+ Tlv.field("53", RUPIAH)
				+ Tlv.field("54", Long.toString(amountRupiah))
				+ Tlv.field("58", "ID")
				+ Tlv.field("59", merchantName(pemdaName))
				+ Tlv.field("60", merchantCity(pemdaShortName))
				+ (merchant.postalCode() == null || merchant.postalCode().isBlank() ? ""
						: Tlv.field("61", merchant.postalCode()))
				+ Tlv.field("62", Tlv.field("01", billingCode))
				+ "6304";
		return payload + Crc16.hex(payload);
	}

	/** "Pemerintah Kota Tangerang Selatan" does not fit 25 characters; "Pemkot Tangerang Selatan" does. */
	static String merchantName(String pemdaName) {
		String name = ascii(pemdaName);
		if (name.length() > NAME_MAX) {
			name = name.replaceFirst("^Pemerintah Kota ", "Pemkot ").replaceFirst("^Pemerintah Kabupaten ", "Pemkab ")
				.replaceFirst("^Pemerintah Provinsi ", "Pemprov ");
		}
		return fit(name, NAME_MAX);
	}

	/** "Kota Tangerang" is in "Tangerang"; a name longer than 15 keeps its whole first words. */
	static String merchantCity(String pemdaShortName) {
		return fit(ascii(pemdaShortName).replaceFirst("^(Kota|Kabupaten|Provinsi) ", ""), CITY_MAX);
	}

	private static String fit(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int space = text.lastIndexOf(' ', max);
		return (space > 0 ? text.substring(0, space) : text.substring(0, max)).strip();
	}

	/** EMV text fields take printable ASCII only: accents are dropped, not the letters. */
	private static String ascii(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7E]", "").strip()
			.replaceAll("\\s+", " ");
	}
}
