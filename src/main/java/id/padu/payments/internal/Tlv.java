package id.padu.payments.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * EMVCo merchant-presented QR data objects: a two-digit tag, a two-digit length, then the value. Lengths
 * count characters; QRIS values are ASCII, so characters and bytes agree.
 */
final class Tlv {

	private Tlv() {
	}

	static String field(String tag, String value) {
		if (tag.length() != 2 || value.isEmpty() || value.length() > 99) {
			throw new IllegalArgumentException("EMV field " + tag + " must hold 1 to 99 characters: " + value);
		}
		return tag + String.format("%02d", value.length()) + value;
	}

	/** The fields of one level, in order; nested templates stay as their raw value. */
	static Map<String, String> parse(String data) {
		Map<String, String> fields = new LinkedHashMap<>();
		int at = 0;
		while (at < data.length()) {
			if (at + 4 > data.length()) {
				throw new IllegalArgumentException("Truncated EMV field at " + at);
			}
			String tag = data.substring(at, at + 2);
			int length = Integer.parseInt(data.substring(at + 2, at + 4));
			if (at + 4 + length > data.length()) {
				throw new IllegalArgumentException("EMV field " + tag + " runs past the end");
			}
			fields.put(tag, data.substring(at + 4, at + 4 + length));
			at += 4 + length;
		}
		return fields;
	}
}
