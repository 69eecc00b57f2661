package id.padu.archive.internal.digitization;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One record of a scan batch with the operator's quality check. */
@Entity
@Table(name = "scan_batch_item")
public class ScanBatchItem extends TenantScopedEntity {

	private UUID batchId;
	private UUID recordId;
	private int position;
	private String fileNames;
	private int fileCount;
	@Enumerated(EnumType.STRING)
	private QcState qcState;
	private String qcBy;
	private Instant qcAt;

	protected ScanBatchItem() {
	}

	ScanBatchItem(UUID batchId, UUID recordId, int position, String fileNames, int fileCount) {
		this.batchId = batchId;
		this.recordId = recordId;
		this.position = position;
		this.fileNames = fileNames.length() > 2000 ? fileNames.substring(0, 1997) + "..." : fileNames;
		this.fileCount = fileCount;
		this.qcState = QcState.PENDING;
	}

	void pass(String actor, Instant now) {
		check(QcState.PASSED, actor, now);
	}

	void rescanned(String actor, Instant now) {
		check(QcState.RESCAN, actor, now);
	}

	private void check(QcState state, String actor, Instant now) {
		this.qcState = state;
		this.qcBy = actor;
		this.qcAt = now;
	}

	public UUID batchId() {
		return batchId;
	}

	public UUID recordId() {
		return recordId;
	}

	public int position() {
		return position;
	}

	public String fileNames() {
		return fileNames;
	}

	public int fileCount() {
		return fileCount;
	}

	public QcState qcState() {
		return qcState;
	}

	public String qcBy() {
		return qcBy;
	}

	public Instant qcAt() {
		return qcAt;
	}
}
