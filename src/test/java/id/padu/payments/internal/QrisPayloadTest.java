package id.padu.payments.internal;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QrisPayloadTest {

	static final QrisMerchant MERCHANT = new QrisMerchant("ID.CO.BANKBJB.WWW", "9360011000003671001", "367100000001",
			"ID1026367100001", "URE", "15111");
	static final String CODE = "36712612345676";

	@Test
	void crcOfTheStandardCheckStringIs29B1() {
		// CRC-16/CCITT-FALSE check value from the CRC catalogue: "123456789" -> 0x29B1.
		assertThat(Crc16.of("123456789")).isEqualTo(0x29B1);
		assertThat(Crc16.hex("123456789")).isEqualTo("29B1");
		assertThat(Crc16.of("")).isEqualTo(0xFFFF);
	}

	@Test
	void crcMatchesABitByBitComputationFromTheSpecification() {
		String text = "00020101021126570011ID.DANA.WWW";
		assertThat(Crc16.of(text)).isEqualTo(reference(text));
	}

	@Test
	void payloadParsesBackIntoTheFieldsQrisRequires() {
		String payload = QrisPayload.of(MERCHANT, "Pemerintah Kota Tangerang", "Kota Tangerang", 150_000, CODE);
		Map<String, String> fields = Tlv.parse(payload);

		assertThat(fields.keySet()).containsExactly("00", "01", "26", "51", "52", "53", "54", "58", "59", "60", "61", "62", "63");
		assertThat(fields.get("00")).isEqualTo("01");
		assertThat(fields.get("01")).as("dynamic").isEqualTo("12");
		assertThat(Tlv.parse(fields.get("26"))).containsExactly(Map.entry("00", "ID.CO.BANKBJB.WWW"),
				Map.entry("01", "9360011000003671001"), Map.entry("02", "367100000001"), Map.entry("03", "URE"));
		assertThat(Tlv.parse(fields.get("51"))).containsExactly(Map.entry("00", "ID.CO.QRIS.WWW"),
				Map.entry("02", "ID1026367100001"), Map.entry("03", "URE"));
		assertThat(fields.get("52")).as("MCC government services").isEqualTo("9399");
		assertThat(fields.get("53")).as("Rupiah").isEqualTo("360");
		assertThat(fields.get("54")).as("whole rupiah, no decimals").isEqualTo("150000");
		assertThat(fields.get("58")).isEqualTo("ID");
		assertThat(fields.get("59")).isEqualTo("Pemerintah Kota Tangerang");
		assertThat(fields.get("60")).isEqualTo("Tangerang");
		assertThat(fields.get("61")).isEqualTo("15111");
		assertThat(Tlv.parse(fields.get("62"))).containsExactly(Map.entry("01", CODE));
		assertThat(fields.get("63")).matches("[0-9A-F]{4}");
	}

	@Test
	void crcCoversEverythingUpToAndIncluding6304() {
		String payload = QrisPayload.of(MERCHANT, "Pemerintah Kota Tangerang", "Kota Tangerang", 35_000, CODE);
		assertThat(payload).endsWith("6304" + payload.substring(payload.length() - 4));
		String signed = payload.substring(0, payload.length() - 4);
		assertThat(signed).endsWith("6304");
		assertThat(payload.substring(payload.length() - 4)).isEqualTo(String.format("%04X", reference(signed)));
	}

	@Test
	void everyLengthIsTwoDigitsAndMatchesItsValue() {
		String payload = QrisPayload.of(MERCHANT, "Pemerintah Kota Tangerang", "Kota Tangerang", 7, CODE);
		int at = 0;
		while (at < payload.length()) {
			String length = payload.substring(at + 2, at + 4);
			assertThat(length).matches("\\d\\d");
			at += 4 + Integer.parseInt(length);
		}
		assertThat(at).isEqualTo(payload.length());
		assertThat(Tlv.parse(payload).get("54")).isEqualTo("7");
		assertThat(payload).contains("54017");
	}

	@Test
	void longPemdaNamesAreShortenedToTheFieldLimits() {
		assertThat(QrisPayload.merchantName("Pemerintah Kota Tangerang Selatan")).isEqualTo("Pemkot Tangerang Selatan");
		assertThat(QrisPayload.merchantName("Pemerintah Kabupaten Kepulauan Seribu Utara")).hasSizeLessThanOrEqualTo(25)
			.startsWith("Pemkab Kepulauan");
		assertThat(QrisPayload.merchantCity("Kota Tangerang Selatan")).isEqualTo("Tangerang");
		assertThat(QrisPayload.merchantCity("Kabupaten Bekasi")).isEqualTo("Bekasi");
		assertThat(QrisPayload.merchantName("Pemerintah Kota Bénjamin")).isEqualTo("Pemerintah Kota Benjamin");
	}

	@Test
	void aPayloadWithoutPostalCodeLeavesTag61Out() {
		QrisMerchant noPostal = new QrisMerchant("ID.CO.BANKBJB.WWW", "9360011000003671001", "367100000001",
				"ID1026367100001", "URE", null);
		assertThat(Tlv.parse(QrisPayload.of(noPostal, "Pemerintah Kota Tangerang", "Kota Tangerang", 1, CODE)))
			.doesNotContainKey("61");
	}

	@Test
	void zeroAndNegativeAmountsAreRefused() {
		assertThatThrownBy(() -> QrisPayload.of(MERCHANT, "P", "K", 0, CODE)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Tlv.field("59", "x".repeat(100))).isInstanceOf(IllegalArgumentException.class);
	}

	/** The CRC computed the slow way, one bit at a time, straight from the polynomial. */
	private static int reference(String text) {
		int crc = 0xFFFF;
		for (char c : text.toCharArray()) {
			for (int i = 7; i >= 0; i--) {
				boolean bit = ((c >> i) & 1) == 1;
				boolean top = (crc & 0x8000) != 0;
				crc = (crc << 1) & 0xFFFF;
				if (top ^ bit) {
					crc ^= 0x1021;
				}
			}
		}
		return crc;
	}
}
