package id.padu.payments.internal;

import id.padu.shared.Rupiah;
import id.padu.shared.web.Formats;
import org.springframework.web.util.HtmlUtils;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The body of a payment receipt as an XHTML fragment for the pemda's letterhead. Always Indonesian: it is
 * an official document. The payer appears by NIK with all but the last four digits masked, so a lost
 * receipt does not give away a whole NIK; no name is copied out of the registry.
 */
final class ReceiptContent {

	static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
	private static final DateTimeFormatter PAID_AT = DateTimeFormatter.ofPattern("dd MMMM yyyy, HH.mm 'WIB'", INDONESIAN);

	private ReceiptContent() {
	}

	static String title(BillRecord bill) {
		return "Bukti Pembayaran " + bill.billingCode();
	}

	static String xhtml(BillRecord bill) {
		Rupiah amount = Rupiah.of(bill.amountRupiah());
		String words = amount.inWords();
		return "<table class=\"receipt\" style=\"width: 100%\">"
				+ row("Kode bayar", bill.billingCode())
				+ row("Uraian", bill.description())
				+ row("Rekening pendapatan", bill.revenueAccount())
				+ row("NIK pembayar", maskedNik(bill.payer().value()))
				+ row("Jumlah", amount.formatted())
				+ row("Terbilang", Character.toUpperCase(words.charAt(0)) + words.substring(1))
				+ row("Dibayar pada", PAID_AT.format(bill.paidAt().atZone(Formats.JAKARTA)))
				+ row("Referensi bank", bill.bankReference())
				+ "</table>"
				+ "<p>Pembayaran telah diterima di Rekening Kas Umum Daerah. Bukti ini dibuat oleh sistem Padu "
				+ "dari konfirmasi bank dan sah tanpa tanda tangan.</p>";
	}

	/** {@code ************0003}: only the last four digits, as banks print card numbers. */
	static String maskedNik(String nik) {
		return "*".repeat(nik.length() - 4) + nik.substring(nik.length() - 4);
	}

	private static String row(String label, String value) {
		return "<tr><th style=\"width: 45mm\">" + HtmlUtils.htmlEscape(label, "UTF-8") + "</th><td>"
				+ HtmlUtils.htmlEscape(value, "UTF-8") + "</td></tr>";
	}
}
