package id.padu.payments;

import id.padu.shared.Nik;

import java.time.Instant;

/**
 * What a module asks to be billed. {@code revenueAccount} is the account code with its name, e.g.
 * {@code 4.1.2.03.01 Retribusi Persetujuan Bangunan Gedung}; {@code sourceModule} and
 * {@code sourceReference} (e.g. {@code services} and an application id) come back in {@link BillPaid}.
 */
public record NewBill(Nik payer, long amountRupiah, String description, String revenueAccount, String sourceModule,
		String sourceReference, Instant dueAt) {
}
