package id.padu.services.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A day on which no SLA counts in one pemda: a national holiday, cuti bersama or a local holiday. */
@Entity
@Table(name = "service_holiday")
class Holiday extends TenantScopedEntity {

	enum Kind { LIBUR_NASIONAL, CUTI_BERSAMA, LIBUR_DAERAH }

	@Column(name = "holiday_date")
	private LocalDate day;
	private String name;
	@Enumerated(EnumType.STRING)
	private Kind kind;

	protected Holiday() {
	}

	Holiday(LocalDate day, String name, Kind kind) {
		this.day = day;
		this.name = name;
		this.kind = kind;
	}

	LocalDate day() {
		return day;
	}

	String name() {
		return name;
	}

	Kind kind() {
		return kind;
	}
}
