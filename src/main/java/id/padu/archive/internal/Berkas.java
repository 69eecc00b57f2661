package id.padu.archive.internal;

import id.padu.classification.SecurityClass;
import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A berkas: records on one matter, kept and disposed of together. Its retention runs from its closing date with
 * the JRA line of its classification code as it stood when the berkas was closed (a later change of the JRA does
 * not move a closed berkas's dates: the archivist reassesses it instead).
 */
@Entity
@Table(name = "berkas")
public class Berkas extends TenantScopedEntity {

	private String berkasNumber;
	private String title;
	private String classificationCode;
	private String creatorUnit;
	@Enumerated(EnumType.STRING)
	private SecurityClass securityClass;
	@Enumerated(EnumType.STRING)
	private ArchiveStage stage;
	private LocalDate openedOn;
	private LocalDate closedOn;
	private LocalDate activeUntil;
	private LocalDate inactiveUntil;
	@Enumerated(EnumType.STRING)
	private FinalAction finalAction;
	private String filingKey;
	private String createdBy;
	private Instant createdAt;

	protected Berkas() {
	}

	Berkas(String berkasNumber, String title, String classificationCode, String creatorUnit,
			SecurityClass securityClass, LocalDate openedOn, String filingKey, String createdBy, Instant createdAt) {
		this.berkasNumber = berkasNumber;
		this.title = title;
		this.classificationCode = classificationCode;
		this.creatorUnit = creatorUnit;
		this.securityClass = securityClass;
		this.stage = ArchiveStage.AKTIF;
		this.openedOn = openedOn;
		this.filingKey = filingKey;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/**
	 * Closes the berkas on the given date and fixes its retention dates from the JRA line.
	 *
	 * @throws IllegalStateException when it is closed already
	 */
	public void close(LocalDate on, Retention retention) {
		if (closedOn != null) {
			throw new IllegalStateException("berkas " + berkasNumber + " is closed already");
		}
		this.closedOn = on;
		this.activeUntil = retention.activeUntil(on);
		this.inactiveUntil = retention.inactiveUntil(on);
		this.finalAction = retention.finalAction();
		this.filingKey = null;
	}

	/** A record of a more restricted class makes the whole berkas at least that restricted. */
	void restrictTo(SecurityClass recordClass) {
		if (recordClass.isAtLeast(securityClass)) {
			securityClass = recordClass;
		}
	}

	/** Moves the berkas to its next stage; the lifecycle's policies decide whether that is allowed. */
	public void moveTo(ArchiveStage next) {
		this.stage = next;
	}

	public boolean isClosed() {
		return closedOn != null;
	}

	public boolean acceptsRecords() {
		return closedOn == null && stage == ArchiveStage.AKTIF;
	}

	public String berkasNumber() {
		return berkasNumber;
	}

	public String title() {
		return title;
	}

	public String classificationCode() {
		return classificationCode;
	}

	public String creatorUnit() {
		return creatorUnit;
	}

	public SecurityClass securityClass() {
		return securityClass;
	}

	public ArchiveStage stage() {
		return stage;
	}

	public LocalDate openedOn() {
		return openedOn;
	}

	public LocalDate closedOn() {
		return closedOn;
	}

	public LocalDate activeUntil() {
		return activeUntil;
	}

	public LocalDate inactiveUntil() {
		return inactiveUntil;
	}

	public FinalAction finalAction() {
		return finalAction;
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
