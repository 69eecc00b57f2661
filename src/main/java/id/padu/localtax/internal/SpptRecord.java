package id.padu.localtax.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An SPPT: the PBB-P2 of one tax object for one year, with the figures it was worked out from kept as issued
 * (a later change of the object does not change an issued SPPT). {@code pendingPaymentId} is the payment now
 * awaited, so two applications for the same SPPT cannot both be billed (the row's version guards the race).
 */
@Entity
@Table(name = "pbb_sppt")
class SpptRecord extends TenantScopedEntity {

	enum Status { UNPAID, PAID }

	@Column(name = "object_id")
	private UUID objectId;
	private String nop;
	@Column(name = "tax_year")
	private int taxYear;
	@Column(name = "subject_nik")
	private String subjectNik;
	@Column(name = "land_area_m2")
	private long landAreaM2;
	@Column(name = "building_area_m2")
	private long buildingAreaM2;
	@Column(name = "njop_land")
	private long njopLand;
	@Column(name = "njop_building")
	private long njopBuilding;
	private long njop;
	private long njoptkp;
	@Column(name = "tax_base")
	private long taxBase;
	@Column(name = "tariff_bp")
	private int tariffBasisPoints;
	@Column(name = "tax_rupiah")
	private long taxRupiah;
	@Column(name = "due_date")
	private LocalDate dueDate;
	@Enumerated(EnumType.STRING)
	private Status status;
	@Column(name = "pending_payment_id")
	private UUID pendingPaymentId;
	@Column(name = "paid_at")
	private Instant paidAt;
	@Column(name = "penalty_paid")
	private long penaltyPaid;
	@Column(name = "issued_at")
	private Instant issuedAt;

	protected SpptRecord() {
	}

	void awaiting(UUID paymentId) {
		this.pendingPaymentId = paymentId;
	}

	void paid(Instant at, long penalty) {
		this.status = Status.PAID;
		this.paidAt = at;
		this.penaltyPaid = penalty;
		this.pendingPaymentId = null;
	}

	boolean isPaid() {
		return status == Status.PAID;
	}

	/** Unpaid after its due date (in Asia/Jakarta). */
	boolean overdue(LocalDate today) {
		return status == Status.UNPAID && today.isAfter(dueDate);
	}

	UUID objectId() {
		return objectId;
	}

	String nop() {
		return nop;
	}

	int taxYear() {
		return taxYear;
	}

	String subjectNik() {
		return subjectNik;
	}

	long landAreaM2() {
		return landAreaM2;
	}

	long buildingAreaM2() {
		return buildingAreaM2;
	}

	long njopLand() {
		return njopLand;
	}

	long njopBuilding() {
		return njopBuilding;
	}

	long njop() {
		return njop;
	}

	long njoptkp() {
		return njoptkp;
	}

	long taxBase() {
		return taxBase;
	}

	int tariffBasisPoints() {
		return tariffBasisPoints;
	}

	long taxRupiah() {
		return taxRupiah;
	}

	LocalDate dueDate() {
		return dueDate;
	}

	Status status() {
		return status;
	}

	UUID pendingPaymentId() {
		return pendingPaymentId;
	}

	Instant paidAt() {
		return paidAt;
	}

	long penaltyPaid() {
		return penaltyPaid;
	}
}
