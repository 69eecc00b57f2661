package id.padu.localtax.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One assessed payment of an SPPT through a service application ({@code reference} = the application id, which
 * the bill carries back). PENDING until the bill is paid; PAID; or DUPLICATE when the SPPT was already paid by
 * another payment when this one arrived (a bill paid in time but confirmed late): Bapenda refunds it.
 */
@Entity
@Table(name = "pbb_payment")
class PbbPaymentRecord extends TenantScopedEntity {

	enum Status { PENDING, PAID, DUPLICATE }

	@Column(name = "sppt_id")
	private UUID spptId;
	private String reference;
	private long principal;
	private long penalty;
	@Column(name = "penalty_months")
	private int penaltyMonths;
	@Column(name = "pay_before")
	private Instant payBefore;
	@Enumerated(EnumType.STRING)
	private Status status;
	@Column(name = "created_at")
	private Instant createdAt;
	@Column(name = "paid_at")
	private Instant paidAt;
	@Column(name = "bill_id")
	private UUID billId;

	protected PbbPaymentRecord() {
	}

	PbbPaymentRecord(SpptRecord sppt, String reference, long penalty, int penaltyMonths, Instant payBefore,
			Instant createdAt) {
		this.spptId = sppt.getId();
		this.reference = reference;
		this.principal = sppt.taxRupiah();
		this.penalty = penalty;
		this.penaltyMonths = penaltyMonths;
		this.payBefore = payBefore;
		this.status = Status.PENDING;
		this.createdAt = createdAt;
	}

	void paid(UUID billId, Instant at, boolean duplicate) {
		this.billId = billId;
		this.paidAt = at;
		this.status = duplicate ? Status.DUPLICATE : Status.PAID;
	}

	/** Still awaited: not paid and its bill not yet past due. */
	boolean open(Instant now) {
		return status == Status.PENDING && payBefore.isAfter(now);
	}

	long total() {
		return principal + penalty;
	}

	UUID spptId() {
		return spptId;
	}

	String reference() {
		return reference;
	}

	long principal() {
		return principal;
	}

	long penalty() {
		return penalty;
	}

	int penaltyMonths() {
		return penaltyMonths;
	}

	Instant payBefore() {
		return payBefore;
	}

	Status status() {
		return status;
	}

	Instant paidAt() {
		return paidAt;
	}
}
