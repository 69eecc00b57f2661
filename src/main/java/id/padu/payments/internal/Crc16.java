package id.padu.payments.internal;

import java.nio.charset.StandardCharsets;

/**
 * CRC-16/CCITT-FALSE as EMVCo and QRIS require for tag 63: polynomial 0x1021, initial value 0xFFFF, no
 * reflection, no final XOR. The check value of {@code 123456789} is 0x29B1.
 */
final class Crc16 {

	private Crc16() {
	}

	static int of(String text) {
		int crc = 0xFFFF;
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			crc ^= (b & 0xFF) << 8;
			for (int bit = 0; bit < 8; bit++) {
				crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
				crc &= 0xFFFF;
			}
		}
		return crc;
	}

	/** Four upper-case hex digits, as tag 63 carries them. */
	static String hex(String text) {
		return String.format("%04X", of(text));
	}
}
