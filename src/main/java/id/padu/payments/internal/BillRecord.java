package id.padu.payments.internal;

import id.padu.payments.Bill;
import id.padu.payments.BillStatus;
import id.padu.shared.Nik;
import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A bill and, once paid, the payment that settled it (one bank transfer pays one bill in full). */
@Entity
@Table(name = "bill")
class BillRecord extends TenantScopedEntity {

	@Column(name = "billing_code")
	private String billingCode;
	@Column(name = "payer_nik")
	private String payerNik;
	@Column(name = "amount_rupiah")
	private long amountRupiah;
	private String description;
	@Column(name = "revenue_account")
	private String revenueAccount;
	@Column(name = "source_module")
	private String sourceModule;
	@Column(name = "source_reference")
	private String sourceReference;
	@Column(name = "qris_payload")
	private String qrisPayload;
	@Enumerated(EnumType.STRING)
	private BillStatus status;
	@Column(name = "issued_at")
	private Instant issuedAt;
	@Column(name = "issued_by")
	private String issuedBy;
	@Column(name = "due_at")
	private Instant dueAt;
	@Column(name = "paid_at")
	private Instant paidAt;
	@Column(name = "bank_reference")
	private String bankReference;
	@Column(name = "payment_received_at")
	private Instant paymentReceivedAt;
	@Column(name = "payment_callback_id")
	private UUID paymentCallbackId;

	protected BillRecord() {
	}

	BillRecord(String billingCode, Nik payer, long amountRupiah, String description, String revenueAccount,
			String sourceModule, String sourceReference, String qrisPayload, Instant issuedAt, String issuedBy,
			Instant dueAt) {
		this.billingCode = billingCode;
		this.payerNik = payer.value();
		this.amountRupiah = amountRupiah;
		this.description = description;
		this.revenueAccount = revenueAccount;
		this.sourceModule = sourceModule;
		this.sourceReference = sourceReference;
		this.qrisPayload = qrisPayload;
		this.status = BillStatus.UNPAID;
		this.issuedAt = issuedAt;
		this.issuedBy = issuedBy;
		this.dueAt = dueAt;
	}

	/** The bank's confirmation; callers check {@link PaymentRules} first. */
	void markPaid(Instant paidAt, String bankReference, Instant receivedAt, UUID callbackId) {
		if (status != BillStatus.UNPAID && status != BillStatus.EXPIRED) {
			throw new IllegalStateException("Bill " + billingCode + " is " + status);
		}
		this.status = BillStatus.PAID;
		this.paidAt = paidAt;
		this.bankReference = bankReference;
		this.paymentReceivedAt = receivedAt;
		this.paymentCallbackId = callbackId;
	}

	void expire() {
		if (status == BillStatus.UNPAID) {
			status = BillStatus.EXPIRED;
		}
	}

	Bill toBill() {
		return new Bill(getId(), billingCode, amountRupiah, description, qrisPayload, status, dueAt, paidAt,
				sourceModule, sourceReference);
	}

	String billingCode() {
		return billingCode;
	}

	Nik payer() {
		return Nik.of(payerNik);
	}

	long amountRupiah() {
		return amountRupiah;
	}

	String description() {
		return description;
	}

	String revenueAccount() {
		return revenueAccount;
	}

	BillStatus status() {
		return status;
	}

	Instant issuedAt() {
		return issuedAt;
	}

	Instant dueAt() {
		return dueAt;
	}

	Instant paidAt() {
		return paidAt;
	}

	String bankReference() {
		return bankReference;
	}

	String qrisPayload() {
		return qrisPayload;
	}

	String sourceModule() {
		return sourceModule;
	}

	String sourceReference() {
		return sourceReference;
	}
}
