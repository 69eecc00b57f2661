package id.padu.registry.internal;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Row ids for an import: UUID version 7 like {@link id.padu.shared.persistence.TimeOrderedUuid}, but drawn
 * from a generator seeded once per batch from {@link SecureRandom} instead of asking it twice per row,
 * which costs more than checking the row. Ids only need to be unique; residents are found by NIK.
 */
final class ResidentImportIds {

	private static final SecureRandom SEED = new SecureRandom();

	private final SplittableRandom random = new SplittableRandom(SEED.nextLong());

	String next() {
		long millis = System.currentTimeMillis();
		long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}
}
