package id.padu.services.internal;

/**
 * What an application costs. {@code NONE} or a {@code FIXED} amount in Rupiah booked to a revenue account
 * (e.g. "4.1.2.03.01 Retribusi Persetujuan Bangunan Gedung"); formulas (by area, by class) are a later kind.
 */
record FeeRule(Kind kind, long amountRupiah, String revenueAccount) {

	static final FeeRule NONE = new FeeRule(Kind.NONE, 0, null);

	enum Kind { NONE, FIXED }

	boolean charges() {
		return kind == Kind.FIXED && amountRupiah > 0;
	}
}
