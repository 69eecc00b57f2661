package id.padu.archive.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The last berkas number an OPD used in a year; its row is locked while the next one is taken. */
@Entity
@Table(name = "berkas_counter")
class BerkasCounter extends TenantScopedEntity {

	private String unitCode;
	private int berkasYear;
	private int lastNumber;

	protected BerkasCounter() {
	}

	BerkasCounter(String unitCode, int berkasYear) {
		this.unitCode = unitCode;
		this.berkasYear = berkasYear;
	}

	int next() {
		return ++lastNumber;
	}
}
