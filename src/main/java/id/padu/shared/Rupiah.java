package id.padu.shared;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** An amount in whole Rupiah. Money is never a floating-point number in Padu. */
public record Rupiah(long amount) {

	public Rupiah {
		if (amount < 0) {
			throw new IllegalArgumentException("Rupiah amounts are not negative: " + amount);
		}
	}

	public static Rupiah of(long amount) {
		return new Rupiah(amount);
	}

	public Rupiah plus(Rupiah other) {
		return new Rupiah(Math.addExact(amount, other.amount));
	}

	/** {@code Rp 1.250.000}, as written in Indonesia whatever the reader's language. */
	public String formatted() {
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id-ID")));
		return "Rp " + format.format(amount);
	}

	/** In words, as receipts write it: {@code seratus lima puluh ribu rupiah}. */
	public String inWords() {
		return Terbilang.of(amount) + " rupiah";
	}

	@Override
	public String toString() {
		return formatted();
	}
}
