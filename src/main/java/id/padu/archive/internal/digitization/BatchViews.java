package id.padu.archive.internal.digitization;

import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.ArchiveRecordRepository;
import id.padu.archive.internal.TextStatus;
import id.padu.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the batch pages show: each batch's progress and, per item, its record, OCR state and pages. */
@Service
@Transactional(readOnly = true)
class BatchViews {

	/** One item as the quality check sees it; {@code state} is the record's text status or RUNNING. */
	public record Item(ScanBatchItem item, ArchiveRecord record, String state, String failureReason, List<OcrPage> pages) {

		public long unreadable() {
			return pages.stream().filter(OcrPage::unreadable).count();
		}

		public boolean read() {
			return !"WAITING_OCR".equals(state) && !"RUNNING".equals(state);
		}

		public boolean failed() {
			return "OCR_FAILED".equals(state);
		}
	}

	public record Progress(int files, int waiting, int running, int done, int failed, int pages, long unreadable, int passed,
			int items) {

		public boolean ocrFinished() {
			return waiting + running == 0;
		}

		/** "Selesai": every item passed the quality check. */
		public boolean finished() {
			return items > 0 && passed == items;
		}

		public int percent() {
			return items == 0 ? 100 : (done + failed) * 100 / items;
		}

		static Progress of(List<Item> items) {
			return new Progress(items.stream().mapToInt(i -> i.item().fileCount()).sum(), count(items, "WAITING_OCR"),
					count(items, "RUNNING"), (int) items.stream().filter(i -> i.read() && !i.failed()).count(),
					count(items, "OCR_FAILED"),
					items.stream().mapToInt(i -> i.record().pageCount() == null ? 0 : i.record().pageCount()).sum(),
					items.stream().mapToLong(Item::unreadable).sum(),
					(int) items.stream().filter(i -> i.item().qcState() == QcState.PASSED).count(), items.size());
		}

		private static int count(List<Item> items, String state) {
			return (int) items.stream().filter(i -> state.equals(i.state())).count();
		}
	}

	public record Batch(ScanBatch batch, Progress progress, List<Item> items) {
	}

	private final ScanBatchRepository batches;
	private final ScanBatchItemRepository batchItems;
	private final ArchiveRecordRepository records;
	private final OcrJobRepository jobs;
	private final OcrPageRepository pages;

	BatchViews(ScanBatchRepository batches, ScanBatchItemRepository batchItems, ArchiveRecordRepository records,
			OcrJobRepository jobs, OcrPageRepository pages) {
		this.batches = batches;
		this.batchItems = batchItems;
		this.records = records;
		this.jobs = jobs;
		this.pages = pages;
	}

	Batch batch(UUID id) {
		ScanBatch batch = batches.findById(id).orElseThrow(() -> new NotFoundException("archive.digitization.notFound"));
		List<Item> items = items(batchItems.findByBatchIdOrderByPosition(id));
		return new Batch(batch, Progress.of(items), items);
	}

	List<Batch> recent(int limit) {
		List<ScanBatch> recent = batches.findAllByOrderByCreatedAtDesc(PageRequest.of(0, limit));
		Map<UUID, List<ScanBatchItem>> byBatch = batchItems.findByBatchIdIn(recent.stream().map(ScanBatch::getId).toList())
			.stream().collect(Collectors.groupingBy(ScanBatchItem::batchId));
		List<Item> all = items(byBatch.values().stream().flatMap(Collection::stream).toList());
		Map<UUID, List<Item>> itemsByBatch = all.stream().collect(Collectors.groupingBy(i -> i.item().batchId()));
		return recent.stream().map(b -> {
			List<Item> items = itemsByBatch.getOrDefault(b.getId(), List.of());
			return new Batch(b, Progress.of(items), items);
		}).toList();
	}

	private List<Item> items(List<ScanBatchItem> items) {
		List<UUID> ids = items.stream().map(ScanBatchItem::recordId).toList();
		Map<UUID, ArchiveRecord> byId = records.findAllById(ids).stream()
			.collect(Collectors.toMap(ArchiveRecord::getId, Function.identity()));
		Map<UUID, OcrJob> jobsById = jobs.findByRecordIdIn(ids).stream()
			.collect(Collectors.toMap(OcrJob::recordId, Function.identity()));
		Map<UUID, List<OcrPage>> pagesById = pages.findByRecordIdInOrderByPageNumber(ids).stream()
			.collect(Collectors.groupingBy(OcrPage::recordId));
		return items.stream().filter(i -> byId.containsKey(i.recordId())).map(i -> {
			ArchiveRecord record = byId.get(i.recordId());
			OcrJob job = jobsById.get(i.recordId());
			boolean running = record.textStatus() == TextStatus.WAITING_OCR && job != null
					&& job.state() == OcrJob.State.RUNNING;
			String state = running ? "RUNNING" : record.textStatus().name();
			String reason = record.textStatus() == TextStatus.OCR_FAILED && job != null ? job.failureReason() : null;
			return new Item(i, record, state, reason, pagesById.getOrDefault(i.recordId(), List.of()));
		}).toList();
	}
}
