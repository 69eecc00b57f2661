package id.padu.admission.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One admission round of a school level for a school year, served by one service bundle: registration opens
 * and closes on dates (Asia/Jakarta, both days included), results are announced on or after the announcement
 * date, once. The path shares ({@link QuotaPolicy}) are the pemda's for that year.
 */
@Entity
@Table(name = "admission_period")
class AdmissionPeriod extends TenantScopedEntity {

	@Column(name = "service_code")
	private String serviceCode;
	@Column(name = "school_year")
	private int schoolYear;
	@Enumerated(EnumType.STRING)
	private SchoolLevel level;
	@Column(name = "opens_on")
	private LocalDate opensOn;
	@Column(name = "closes_on")
	private LocalDate closesOn;
	@Column(name = "announcement_on")
	private LocalDate announcementOn;
	@Column(name = "zonasi_percent")
	private int zonasiPercent;
	@Column(name = "afirmasi_percent")
	private int afirmasiPercent;
	@Column(name = "mutasi_percent")
	private int mutasiPercent;
	@Column(name = "announced_at")
	private Instant announcedAt;
	@Column(name = "announced_by")
	private String announcedBy;

	protected AdmissionPeriod() {
	}

	AdmissionPeriod(String serviceCode, int schoolYear, SchoolLevel level, LocalDate opensOn, LocalDate closesOn,
			LocalDate announcementOn, int zonasiPercent, int afirmasiPercent, int mutasiPercent) {
		this.serviceCode = serviceCode;
		this.schoolYear = schoolYear;
		this.level = level;
		this.opensOn = opensOn;
		this.closesOn = closesOn;
		this.announcementOn = announcementOn;
		this.zonasiPercent = zonasiPercent;
		this.afirmasiPercent = afirmasiPercent;
		this.mutasiPercent = mutasiPercent;
	}

	boolean isOpen(LocalDate today) {
		return !today.isBefore(opensOn) && !today.isAfter(closesOn) && announcedAt == null;
	}

	/** Ages are measured on 1 July of the school year (Permendikbud 1/2021). */
	public LocalDate ageReferenceDate() {
		return LocalDate.of(schoolYear, 7, 1);
	}

	public boolean announced() {
		return announcedAt != null;
	}

	void reschedule(LocalDate opensOn, LocalDate closesOn, LocalDate announcementOn) {
		this.opensOn = opensOn;
		this.closesOn = closesOn;
		this.announcementOn = announcementOn;
	}

	void announce(Instant at, String by) {
		this.announcedAt = at;
		this.announcedBy = by;
	}

	public String serviceCode() {
		return serviceCode;
	}

	public int schoolYear() {
		return schoolYear;
	}

	public SchoolLevel level() {
		return level;
	}

	public LocalDate opensOn() {
		return opensOn;
	}

	public LocalDate closesOn() {
		return closesOn;
	}

	public LocalDate announcementOn() {
		return announcementOn;
	}

	public int zonasiPercent() {
		return zonasiPercent;
	}

	public int afirmasiPercent() {
		return afirmasiPercent;
	}

	public int mutasiPercent() {
		return mutasiPercent;
	}

	public Instant announcedAt() {
		return announcedAt;
	}

	public String announcedBy() {
		return announcedBy;
	}

	/** "SPMB SMP 2027/2028". */
	public String title() {
		return "SPMB " + level + " " + schoolYear + "/" + (schoolYear + 1);
	}
}
