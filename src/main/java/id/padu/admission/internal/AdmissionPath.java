package id.padu.admission.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The admission paths (jalur) of Permendikbud 1/2021 and its 2025 successor: domisili/zonasi by distance from
 * home, afirmasi for families in a poverty programme (KIP, PKH, KKS), mutasi for children of parents moved for
 * work, prestasi by achievement score. The form stores the lower-case name.
 */
enum AdmissionPath {
	ZONASI, AFIRMASI, MUTASI, PRESTASI;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<AdmissionPath> of(String wireName) {
		return Arrays.stream(values()).filter(p -> p.wireName().equals(wireName)).findFirst();
	}
}
