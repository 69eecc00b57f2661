package id.padu.registry.internal;

import id.padu.registry.LifeEventEntry;
import id.padu.registry.LifeEventType;
import id.padu.shared.KodeWilayah;
import id.padu.shared.Nik;
import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a resident's history. Immutable: history is appended, never overwritten. */
@Entity
@Immutable
@Table(name = "life_event")
class LifeEvent extends TenantScopedEntity {

	private String nik;
	@Enumerated(EnumType.STRING)
	private LifeEventType type;
	@Column(name = "event_date")
	private LocalDate date;
	private String details;
	@Column(name = "related_nik")
	private String relatedNik;
	@Column(name = "wilayah_kode")
	private String wilayahKode;
	@Column(name = "recorded_by")
	private String recordedBy;
	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected LifeEvent() {
	}

	LifeEvent(Nik nik, LifeEventType type, LocalDate date, String details, Nik relatedNik, KodeWilayah wilayah,
			String recordedBy, Instant recordedAt) {
		this.nik = nik.value();
		this.type = type;
		this.date = date;
		this.details = details == null || details.isBlank() ? null : details.strip();
		this.relatedNik = relatedNik == null ? null : relatedNik.value();
		this.wilayahKode = wilayah == null ? null : wilayah.value();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	LifeEventType type() {
		return type;
	}

	LifeEventEntry toEntry() {
		return new LifeEventEntry(Nik.of(nik), type, date, details, relatedNik == null ? null : Nik.of(relatedNik),
				wilayahKode == null ? null : KodeWilayah.of(wilayahKode), recordedBy, recordedAt);
	}
}
