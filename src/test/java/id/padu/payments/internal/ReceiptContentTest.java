package id.padu.payments.internal;

import id.padu.shared.Nik;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptContentTest {

	@Test
	void showsCodeMaskedNikAmountInWordsAndDigitsJakartaTimeAndReference() {
		BillRecord bill = new BillRecord("36712612345676", Nik.of("3671014508900003"), 1_250_000,
				"Retribusi <Persampahan> & Kebersihan", "4.1.2.01.03", "payments", "t", null,
				Instant.parse("2026-12-01T02:00:00Z"), "test", Instant.parse("2026-12-31T16:59:00Z"));
		bill.markPaid(Instant.parse("2026-12-01T03:15:30Z"), "BJB-0001", Instant.parse("2026-12-01T03:15:31Z"), UUID.randomUUID());

		String xhtml = ReceiptContent.xhtml(bill);

		assertThat(xhtml).contains("36712612345676", "************0003", "Rp 1.250.000",
				"Satu juta dua ratus lima puluh ribu rupiah", "01 Desember 2026, 10.15 WIB", "BJB-0001",
				"Retribusi &lt;Persampahan&gt; &amp; Kebersihan")
			.doesNotContain("3671014508900003");
	}
}
