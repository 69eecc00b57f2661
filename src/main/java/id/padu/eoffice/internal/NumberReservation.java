package id.padu.eoffice.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A number the secretariat set aside, with a reason, for a letter dated earlier than its signing (back-dated). */
@Entity
@Table(name = "letter_number_reservation")
class NumberReservation extends TenantScopedEntity {

	private String unitCode;
	private int seqYear;
	private int numberValue;
	private LocalDate letterDate;
	private String reason;
	private String reservedBy;
	private Instant reservedAt;
	@Column(name = "used_by_letter")
	private UUID usedByLetter;

	protected NumberReservation() {
	}

	NumberReservation(String unitCode, int numberValue, LocalDate letterDate, String reason, String reservedBy,
			Instant reservedAt) {
		this.unitCode = unitCode;
		this.seqYear = letterDate.getYear();
		this.numberValue = numberValue;
		this.letterDate = letterDate;
		this.reason = reason;
		this.reservedBy = reservedBy;
		this.reservedAt = reservedAt;
	}

	void useFor(UUID letterId) {
		usedByLetter = letterId;
	}

	String getUnitCode() { return unitCode; }
	int getSeqYear() { return seqYear; }
	int getNumberValue() { return numberValue; }
	LocalDate getLetterDate() { return letterDate; }
	String getReason() { return reason; }
	String getReservedBy() { return reservedBy; }
	Instant getReservedAt() { return reservedAt; }
	UUID getUsedByLetter() { return usedByLetter; }
}
