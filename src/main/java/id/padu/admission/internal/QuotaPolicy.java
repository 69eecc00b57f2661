package id.padu.admission.internal;

import java.util.Optional;

/**
 * Seats per path of a school in a period: together exactly the capacity; domisili/zonasi and afirmasi at
 * least, mutasi at most their share of the capacity as the period sets it (e.g. SMP: zonasi ≥ 40 %, afirmasi
 * ≥ 20 %, mutasi ≤ 5 %); prestasi takes the rest. Shares are rounded in the applicants' favour: minimums up,
 * the maximum down. SD has no prestasi path: its rest goes to domisili/zonasi.
 */
final class QuotaPolicy {

	static final int MAX_CAPACITY = 2000;

	/** Seats for zonasi, afirmasi, mutasi and prestasi of one school. */
	record Split(int capacity, int zonasi, int afirmasi, int mutasi, int prestasi) {
	}

	/** Why a split is refused: a message key of the admission bundle and its arguments. */
	record Refusal(String field, String messageKey, Object... args) {
	}

	private QuotaPolicy() {
	}

	/** The split the period's shares give a school of this capacity. */
	static Split defaults(SchoolLevel level, int capacity, int zonasiPercent, int afirmasiPercent, int mutasiPercent) {
		int zonasi = atLeast(capacity, zonasiPercent);
		int afirmasi = atLeast(capacity, afirmasiPercent);
		int mutasi = Math.min(atMost(capacity, mutasiPercent), Math.max(0, capacity - zonasi - afirmasi));
		int rest = Math.max(0, capacity - zonasi - afirmasi - mutasi);
		return level == SchoolLevel.SD ? new Split(capacity, zonasi + rest, afirmasi, mutasi, 0)
				: new Split(capacity, zonasi, afirmasi, mutasi, rest);
	}

	static Optional<Refusal> check(SchoolLevel level, Split split, int zonasiPercent, int afirmasiPercent,
			int mutasiPercent) {
		int capacity = split.capacity();
		if (level == SchoolLevel.SD && split.prestasi() != 0) {
			return Optional.of(new Refusal("prestasi", "admission.quota.noMeritForSd"));
		}
		if (capacity < 1 || capacity > MAX_CAPACITY) {
			return Optional.of(new Refusal("capacity", "admission.quota.capacity.range", MAX_CAPACITY));
		}
		if (split.zonasi() < 0 || split.afirmasi() < 0 || split.mutasi() < 0 || split.prestasi() < 0) {
			return Optional.of(new Refusal("capacity", "admission.quota.negative"));
		}
		if (split.zonasi() + split.afirmasi() + split.mutasi() + split.prestasi() != capacity) {
			return Optional.of(new Refusal("capacity", "admission.quota.sum", capacity));
		}
		if (split.zonasi() < atLeast(capacity, zonasiPercent)) {
			return Optional.of(new Refusal("zonasi", "admission.quota.min", zonasiPercent, atLeast(capacity, zonasiPercent)));
		}
		if (split.afirmasi() < atLeast(capacity, afirmasiPercent)) {
			return Optional.of(new Refusal("afirmasi", "admission.quota.min", afirmasiPercent,
					atLeast(capacity, afirmasiPercent)));
		}
		if (split.mutasi() > atMost(capacity, mutasiPercent)) {
			return Optional.of(new Refusal("mutasi", "admission.quota.max", mutasiPercent, atMost(capacity, mutasiPercent)));
		}
		return Optional.empty();
	}

	private static int atLeast(int capacity, int percent) {
		return (capacity * percent + 99) / 100;
	}

	private static int atMost(int capacity, int percent) {
		return capacity * percent / 100;
	}
}
