package id.padu.archive.internal.digitization;

import id.padu.archive.internal.ArchiveFile;
import id.padu.archive.internal.ArchiveFileRepository;
import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.ArchiveRecordRepository;
import id.padu.archive.internal.FileRole;
import id.padu.archive.internal.TextStatus;
import id.padu.documents.Acceptance;
import id.padu.documents.DocumentStore;
import id.padu.documents.StoredFile;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The operator's quality check of a batch item: confirm the page count of the paper, pass the item, or rescan it.
 * A rescan adds the new scan as another ORIGINAL (the old one is kept, never deleted) and reads it again.
 */
@Service
@Transactional
class QualityCheck {

	private final ScanBatchItemRepository items;
	private final ArchiveRecordRepository records;
	private final ArchiveFileRepository files;
	private final OcrJobRepository jobs;
	private final DocumentStore store;
	private final Clock clock;
	private final Acceptance scans;

	QualityCheck(ScanBatchItemRepository items, ArchiveRecordRepository records, ArchiveFileRepository files,
			OcrJobRepository jobs, DocumentStore store, Clock clock,
			@Value("${padu.archive.max-scan-size:100MB}") DataSize maxScanSize) {
		this.items = items;
		this.records = records;
		this.files = files;
		this.jobs = jobs;
		this.store = store;
		this.clock = clock;
		this.scans = new Acceptance(Acceptance.SCANS, maxScanSize.toBytes());
	}

	public ScanBatchItem pass(UUID batchId, UUID itemId, String actor) {
		ScanBatchItem item = item(batchId, itemId);
		TextStatus status = record(item).textStatus();
		if (status == TextStatus.WAITING_OCR) {
			throw new BusinessRuleViolation("archive.digitization.qc.notRead");
		}
		item.pass(actor, clock.instant());
		return item;
	}

	/** The number of sheets the operator counted on the paper, when it differs from what the scan shows. */
	public void pages(UUID batchId, UUID itemId, int count) {
		if (count < 1 || count > 100_000) {
			throw new BusinessRuleViolation("archive.digitization.qc.pages.invalid");
		}
		record(item(batchId, itemId)).pages(count);
	}

	public void rescan(UUID batchId, UUID itemId, InputStream content, String name, String actor) {
		ScanBatchItem item = item(batchId, itemId);
		ArchiveRecord record = record(item);
		StoredFile stored = store.store(content, name, scans);
		Instant now = clock.instant();
		files.save(new ArchiveFile(record.getId(), FileRole.ORIGINAL, stored.sha256(), stored.mediaType(),
				stored.size(), stored.originalName(), null, null, now));
		record.waitForOcr();
		jobs.findByRecordId(record.getId()).ifPresent(OcrJob::again);
		item.rescanned(actor, now);
	}

	/** Reads a record again after OCR failed (a damaged file, tesseract stopped). */
	public void retry(UUID batchId, UUID itemId) {
		ArchiveRecord record = record(item(batchId, itemId));
		if (record.textStatus() != TextStatus.OCR_FAILED) {
			throw new BusinessRuleViolation("archive.digitization.retry.notFailed");
		}
		record.waitForOcr();
		jobs.findByRecordId(record.getId()).ifPresent(OcrJob::again);
	}

	private ScanBatchItem item(UUID batchId, UUID itemId) {
		return items.findById(itemId).filter(i -> i.batchId().equals(batchId))
			.orElseThrow(() -> new NotFoundException("archive.digitization.notFound"));
	}

	private ArchiveRecord record(ScanBatchItem item) {
		return records.findById(item.recordId())
			.orElseThrow(() -> new NotFoundException("archive.digitization.notFound"));
	}
}
