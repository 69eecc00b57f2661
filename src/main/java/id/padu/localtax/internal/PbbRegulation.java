package id.padu.localtax.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * The PBB-P2 rules of one pemda's Perda: NJOPTKP (the part of the NJOP not taxed, once per object marked for
 * it), the share of the remaining NJOP that is taxed, tariff bands by NJOP (the band the whole NJOP falls in
 * applies to the whole base, as Perda write it: "0,1 % untuk NJOP sampai dengan Rp 1 miliar"), the SPPT due
 * date in each year and the late-payment interest. Checked against UU 1/2022 (HKPD) when read: NJOPTKP at
 * least Rp 10.000.000 (Pasal 40 ayat 4), tariff at most 0,5 % (Pasal 41), base 20–100 % (Pasal 40 ayat 5).
 */
record PbbRegulation(String name, long njoptkpRupiah, int taxBasePercent, List<Band> bands, MonthDay dueDay,
		LatePaymentPenalty penalty, String revenueAccount) {

	static final long MIN_NJOPTKP = 10_000_000L;
	static final int MAX_BASIS_POINTS = 50;

	/** Up to and including {@code upToNjop} (null: everything above the previous band), this many basis points. */
	record Band(Long upToNjop, int basisPoints) {
	}

	PbbRegulation {
		bands = List.copyOf(bands);
		if (name == null || name.isBlank() || revenueAccount == null || revenueAccount.isBlank() || dueDay == null
				|| penalty == null) {
			throw new IllegalArgumentException("A PBB-P2 regulation needs a name, a revenue account, a due day and a penalty");
		}
		if (njoptkpRupiah < MIN_NJOPTKP) {
			throw new IllegalArgumentException("NJOPTKP below Rp 10.000.000 breaks UU 1/2022 Pasal 40 ayat (4)");
		}
		if (taxBasePercent < 20 || taxBasePercent > 100) {
			throw new IllegalArgumentException("The taxed share of NJOP must be 20–100 % (UU 1/2022 Pasal 40 ayat (5))");
		}
		checkBands(bands);
	}

	private static void checkBands(List<Band> bands) {
		if (bands.isEmpty() || bands.get(bands.size() - 1).upToNjop() != null) {
			throw new IllegalArgumentException("The last tariff band must have no upper limit");
		}
		long previous = 0;
		for (int i = 0; i < bands.size(); i++) {
			Band band = bands.get(i);
			if (band.basisPoints() <= 0 || band.basisPoints() > MAX_BASIS_POINTS) {
				throw new IllegalArgumentException("A PBB-P2 tariff must be above 0 and at most 0,5 % (UU 1/2022 Pasal 41)");
			}
			if (i < bands.size() - 1 && (band.upToNjop() == null || band.upToNjop() <= previous)) {
				throw new IllegalArgumentException("Tariff bands must rise");
			}
			previous = band.upToNjop() == null ? previous : band.upToNjop();
		}
	}

	int basisPointsFor(long njop) {
		return bands.stream().filter(b -> b.upToNjop() == null || njop <= b.upToNjop()).findFirst().orElseThrow()
			.basisPoints();
	}

	LocalDate dueDate(int year) {
		return dueDay.atYear(year);
	}
}
