package id.padu.shared.persistence;

import java.security.SecureRandom;
import java.util.UUID;

/** UUID version 7 (RFC 9562): millisecond timestamp first, so new rows land at the end of indexes. */
public final class TimeOrderedUuid {

	private static final SecureRandom RANDOM = new SecureRandom();

	private TimeOrderedUuid() {
	}

	public static UUID next() {
		long millis = System.currentTimeMillis();
		long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
		long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}
}
