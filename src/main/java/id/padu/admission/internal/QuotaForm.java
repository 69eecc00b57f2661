package id.padu.admission.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The quota form of a school: capacity and seats per path. */
record QuotaForm(@NotNull(message = M) @Min(value = 1, message = M) @Max(value = QuotaPolicy.MAX_CAPACITY, message = M) Integer capacity,
		@NotNull(message = M) @Min(value = 0, message = M) Integer zonasi,
		@NotNull(message = M) @Min(value = 0, message = M) Integer afirmasi,
		@NotNull(message = M) @Min(value = 0, message = M) Integer mutasi,
		@NotNull(message = M) @Min(value = 0, message = M) Integer prestasi) {

	static final String M = "{admission.quota.number}";

	static QuotaForm of(QuotaPolicy.Split split) {
		return new QuotaForm(split.capacity(), split.zonasi(), split.afirmasi(), split.mutasi(), split.prestasi());
	}

	QuotaPolicy.Split split() {
		return new QuotaPolicy.Split(capacity, zonasi, afirmasi, mutasi, prestasi);
	}
}
