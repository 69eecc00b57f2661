package id.padu.eoffice.internal.incoming;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The last agenda number given in one receiving OPD and year; its row is locked while the next is taken. */
@Entity
@Table(name = "incoming_agenda_counter")
class AgendaCounter extends TenantScopedEntity {

	private String opdCode;
	@Column(name = "agenda_year")
	private int year;
	private int lastNumber;

	protected AgendaCounter() {
	}

	AgendaCounter(String opdCode, int year) {
		this.opdCode = opdCode;
		this.year = year;
	}

	int next() {
		lastNumber++;
		return lastNumber;
	}
}
