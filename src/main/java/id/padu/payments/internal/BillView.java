package id.padu.payments.internal;

import id.padu.payments.BillStatus;
import id.padu.shared.Nik;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A bill as pages and the API show it. */
record BillView(UUID id, String billingCode, long amountRupiah, String description, String revenueAccount,
		String payerNik, BillStatus status, Instant issuedAt, Instant dueAt, Instant paidAt, String bankReference,
		String qrisPayload, String sourceModule, String sourceReference) {

	static BillView of(BillRecord bill) {
		return new BillView(bill.getId(), bill.billingCode(), bill.amountRupiah(), bill.description(),
				bill.revenueAccount(), bill.payer().value(), bill.status(), bill.issuedAt(), bill.dueAt(),
				bill.paidAt(), bill.bankReference(), bill.qrisPayload(), bill.sourceModule(),
				bill.sourceReference());
	}

	Nik payer() {
		return Nik.of(payerNik);
	}

	public String payerNikMasked() {
		return ReceiptContent.maskedNik(payerNik);
	}

	public boolean isPaid() {
		return status == BillStatus.PAID;
	}

	public boolean isUnpaid() {
		return status == BillStatus.UNPAID;
	}

	/** The status as a lower-case word for CSS classes and message keys. */
	public String statusKey() {
		return status.name().toLowerCase(Locale.ROOT);
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", id);
		json.put("billingCode", billingCode);
		json.put("amountRupiah", amountRupiah);
		json.put("description", description);
		json.put("revenueAccount", revenueAccount);
		json.put("payer", payerNik);
		json.put("status", status);
		json.put("issuedAt", issuedAt);
		json.put("dueAt", dueAt);
		json.put("paidAt", paidAt);
		json.put("bankReference", bankReference);
		json.put("qrisPayload", qrisPayload);
		json.put("sourceModule", sourceModule);
		json.put("sourceReference", sourceReference);
		return json;
	}
}
