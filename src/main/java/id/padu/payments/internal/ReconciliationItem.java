package id.padu.payments.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A signed callback a treasurer must look at; resolved with a note once handled. */
@Entity
@Table(name = "payment_reconciliation_item")
class ReconciliationItem extends TenantScopedEntity {

	@Enumerated(EnumType.STRING)
	private ReconciliationKind kind;
	@Column(name = "callback_id")
	private UUID callbackId;
	@Column(name = "billing_code")
	private String billingCode;
	@Column(name = "bill_id")
	private UUID billId;
	@Column(name = "bank_reference")
	private String bankReference;
	@Column(name = "amount_rupiah")
	private long amountRupiah;
	@Column(name = "paid_at")
	private Instant paidAt;
	@Column(name = "received_at")
	private Instant receivedAt;
	@Column(name = "resolved_at")
	private Instant resolvedAt;
	@Column(name = "resolved_by")
	private String resolvedBy;
	@Column(name = "resolution_note")
	private String resolutionNote;

	protected ReconciliationItem() {
	}

	ReconciliationItem(ReconciliationKind kind, UUID callbackId, CallbackPayment payment, UUID billId,
			Instant receivedAt) {
		this.kind = kind;
		this.callbackId = callbackId;
		this.billingCode = payment.billingCode();
		this.billId = billId;
		this.bankReference = payment.bankReference();
		this.amountRupiah = payment.amount();
		this.paidAt = payment.paidAt();
		this.receivedAt = receivedAt;
	}

	void resolve(String by, String note, Instant at) {
		this.resolvedAt = at;
		this.resolvedBy = by;
		this.resolutionNote = note;
	}

	/** Whether the callback said exactly what this one says: a retry, which gets the same answer. */
	boolean sameAs(CallbackPayment payment) {
		return billingCode.equals(payment.billingCode()) && amountRupiah == payment.amount();
	}

	ReconciliationKind kind() {
		return kind;
	}

	String billingCode() {
		return billingCode;
	}

	UUID billId() {
		return billId;
	}

	String bankReference() {
		return bankReference;
	}

	long amountRupiah() {
		return amountRupiah;
	}

	Instant paidAt() {
		return paidAt;
	}

	Instant receivedAt() {
		return receivedAt;
	}

	Instant resolvedAt() {
		return resolvedAt;
	}

	String resolvedBy() {
		return resolvedBy;
	}

	String resolutionNote() {
		return resolutionNote;
	}

	boolean isResolved() {
		return resolvedAt != null;
	}
}
