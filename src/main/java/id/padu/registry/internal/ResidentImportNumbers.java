package id.padu.registry.internal;

/**
 * The 16-digit numbers (NIK, Nomor KK) already seen in one file, each with the row it was first seen
 * in. Kept as primitive longs in an open-addressing table, 12 bytes a slot: two million NIKs take
 * about 48 MB (72 MB for a moment while the table doubles), where a {@code HashMap<String, Integer>} would take several times that.
 */
final class ResidentImportNumbers {

	private static final long FREE = -1L;

	private long[] keys;
	private int[] rows;
	private int size;

	ResidentImportNumbers() {
		allocate(1 << 12);
	}

	/** Records {@code number} at {@code row}; returns the row it was seen in before, or 0 if it is new. */
	long putIfAbsent(String number, long row) {
		long key = Long.parseLong(number);
		int mask = keys.length - 1;
		int slot = mix(key) & mask;
		while (keys[slot] != FREE) {
			if (keys[slot] == key) {
				return rows[slot];
			}
			slot = (slot + 1) & mask;
		}
		keys[slot] = key;
		rows[slot] = (int) Math.min(row, Integer.MAX_VALUE);
		if (++size * 4 > keys.length * 3) {
			grow();
		}
		return 0;
	}

	int size() {
		return size;
	}

	private void grow() {
		long[] oldKeys = keys;
		int[] oldRows = rows;
		allocate(oldKeys.length * 2);
		int mask = keys.length - 1;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != FREE) {
				int slot = mix(oldKeys[i]) & mask;
				while (keys[slot] != FREE) {
					slot = (slot + 1) & mask;
				}
				keys[slot] = oldKeys[i];
				rows[slot] = oldRows[i];
			}
		}
	}

	private void allocate(int capacity) {
		keys = new long[capacity];
		rows = new int[capacity];
		java.util.Arrays.fill(keys, FREE);
	}

	private static int mix(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32));
	}
}
