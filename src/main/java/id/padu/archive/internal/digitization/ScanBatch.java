package id.padu.archive.internal.digitization;

import id.padu.archive.internal.RecordMedia;
import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Scans uploaded together with the metadata they share. Its records are filed through
 * {@link id.padu.archive.internal.Filing}; the batch only remembers which ones ({@link ScanBatchItem}).
 */
@Entity
@Table(name = "scan_batch")
public class ScanBatch extends TenantScopedEntity {

	private String title;
	private String classificationCode;
	private String creatorUnit;
	private LocalDate recordDate;
	@Enumerated(EnumType.STRING)
	private RecordMedia media;
	private UUID berkasId;
	private boolean oneRecord;
	private String createdBy;
	private Instant createdAt;

	protected ScanBatch() {
	}

	ScanBatch(String title, String classificationCode, String creatorUnit, LocalDate recordDate, RecordMedia media,
			UUID berkasId, boolean oneRecord, String createdBy, Instant createdAt) {
		this.title = title;
		this.classificationCode = classificationCode;
		this.creatorUnit = creatorUnit;
		this.recordDate = recordDate;
		this.media = media;
		this.berkasId = berkasId;
		this.oneRecord = oneRecord;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
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

	public LocalDate recordDate() {
		return recordDate;
	}

	public RecordMedia media() {
		return media;
	}

	public UUID berkasId() {
		return berkasId;
	}

	public boolean oneRecord() {
		return oneRecord;
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
