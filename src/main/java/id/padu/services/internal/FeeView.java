package id.padu.services.internal;

/**
 * A fee as the catalog and the form show it: its kind ({@code none}, {@code fixed}, {@code perUnit},
 * {@code assessed}), the amount (fixed) or unit amount (per unit), the unit and its form field, the minimum,
 * and one line in the reader's language ("Rp 35.000 per m²"). {@code amountRupiah} is 0 for an assessed fee.
 * Its methods are public because templates call them.
 */
record FeeView(String type, long amountRupiah, String unit, String unitField, long minimumRupiah, String text) {

	public boolean free() {
		return FeeRule.Kind.NONE.yamlName().equals(type);
	}

	public boolean assessed() {
		return FeeRule.Kind.ASSESSED.yamlName().equals(type);
	}
}
