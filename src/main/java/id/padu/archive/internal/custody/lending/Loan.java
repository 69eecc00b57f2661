package id.padu.archive.internal.custody.lending;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A loan (peminjaman) of one paper record, or of a whole berkas when {@code recordId} is null, to a staff member.
 * {@code openItem} names the lent item while the loan is open; a unique index on it refuses a second loan.
 */
@Entity
@Table(name = "archive_loan")
public class Loan extends TenantScopedEntity {

	private UUID recordId;
	private UUID berkasId;
	private UUID openItem;
	private String borrowerUsername;
	private String borrowerNip;
	private String borrowerName;
	private String borrowerEmail;
	private String purpose;
	private LocalDate lentOn;
	private LocalDate dueOn;
	private String lentBy;
	private LocalDate returnedOn;
	private String returnNote;
	private String returnedBy;
	private LocalDate lastRemindedOn;

	protected Loan() {
	}

	Loan(UUID recordId, UUID berkasId, Borrower borrower, String purpose, LocalDate lentOn, LocalDate dueOn,
			String lentBy) {
		this.recordId = recordId;
		this.berkasId = berkasId;
		this.openItem = recordId != null ? recordId : berkasId;
		this.borrowerUsername = borrower.username();
		this.borrowerNip = borrower.nip();
		this.borrowerName = borrower.name();
		this.borrowerEmail = borrower.email();
		this.purpose = purpose;
		this.lentOn = lentOn;
		this.dueOn = dueOn;
		this.lentBy = lentBy;
	}

	void giveBack(LocalDate on, String note, String by) {
		this.returnedOn = on;
		this.returnNote = note == null || note.isBlank() ? null : note.strip();
		this.returnedBy = by;
		this.openItem = null;
	}

	void reminded(LocalDate on) {
		this.lastRemindedOn = on;
	}

	public boolean isOpen() {
		return returnedOn == null;
	}

	public boolean isOverdue(LocalDate today) {
		return isOpen() && dueOn.isBefore(today);
	}

	public boolean isWholeBerkas() {
		return recordId == null;
	}

	public UUID recordId() {
		return recordId;
	}

	public UUID berkasId() {
		return berkasId;
	}

	public String borrowerUsername() {
		return borrowerUsername;
	}

	public String borrowerNip() {
		return borrowerNip;
	}

	public String borrowerName() {
		return borrowerName;
	}

	public String borrowerEmail() {
		return borrowerEmail;
	}

	public String purpose() {
		return purpose;
	}

	public LocalDate lentOn() {
		return lentOn;
	}

	public LocalDate dueOn() {
		return dueOn;
	}

	public String lentBy() {
		return lentBy;
	}

	public LocalDate returnedOn() {
		return returnedOn;
	}

	public String returnNote() {
		return returnNote;
	}

	public String returnedBy() {
		return returnedBy;
	}

	public LocalDate lastRemindedOn() {
		return lastRemindedOn;
	}
}
