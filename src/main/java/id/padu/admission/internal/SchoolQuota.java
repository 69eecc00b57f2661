package id.padu.admission.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/** The capacity (daya tampung) of a school in a period and its seats per path ({@link QuotaPolicy}). */
@Entity
@Table(name = "admission_quota")
class SchoolQuota extends TenantScopedEntity {

	@Column(name = "period_id")
	private UUID periodId;
	@Column(name = "school_id")
	private UUID schoolId;
	private int capacity;
	private int zonasi;
	private int afirmasi;
	private int mutasi;
	private int prestasi;

	protected SchoolQuota() {
	}

	SchoolQuota(UUID periodId, UUID schoolId, QuotaPolicy.Split split) {
		this.periodId = periodId;
		this.schoolId = schoolId;
		change(split);
	}

	void change(QuotaPolicy.Split split) {
		this.capacity = split.capacity();
		this.zonasi = split.zonasi();
		this.afirmasi = split.afirmasi();
		this.mutasi = split.mutasi();
		this.prestasi = split.prestasi();
	}

	public UUID periodId() {
		return periodId;
	}

	public UUID schoolId() {
		return schoolId;
	}

	public QuotaPolicy.Split split() {
		return new QuotaPolicy.Split(capacity, zonasi, afirmasi, mutasi, prestasi);
	}

	int seats(AdmissionPath path) {
		return switch (path) {
			case ZONASI -> zonasi;
			case AFIRMASI -> afirmasi;
			case MUTASI -> mutasi;
			case PRESTASI -> prestasi;
		};
	}
}
