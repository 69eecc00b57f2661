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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The short transactions around one OCR run: claim the record, list its current scans, keep the result (or the
 * failure). Tesseract itself runs between them, with no transaction open.
 */
@Component
class OcrSteps {

	/** Long enough for a thick scan; a node that dies mid-way frees its records when this runs out. */
	static final Duration LEASE = Duration.ofHours(2);

	private static final Logger log = LoggerFactory.getLogger(OcrSteps.class);
	/** Tesseract's PDF embeds each page image as scanned, so it may outgrow its original; this is only a backstop. */
	private static final Acceptance SEARCHABLE = new Acceptance(Set.of(Acceptance.PDF), 16L * 1024 * 1024 * 1024);

	record ScanFile(String sha256, String mediaType, String name) {
	}

	private final ArchiveRecordRepository records;
	private final ArchiveFileRepository files;
	private final OcrJobRepository jobs;
	private final OcrPageRepository pages;
	private final DocumentStore store;
	private final Clock clock;

	OcrSteps(ArchiveRecordRepository records, ArchiveFileRepository files, OcrJobRepository jobs,
			OcrPageRepository pages, DocumentStore store, Clock clock) {
		this.records = records;
		this.files = files;
		this.jobs = jobs;
		this.pages = pages;
		this.store = store;
		this.clock = clock;
	}

	/** True when this node now owns the record's OCR. */
	@Transactional
	public boolean claim(UUID recordId, String node) {
		Optional<ArchiveRecord> record = records.findById(recordId);
		if (record.isEmpty() || record.get().textStatus() != TextStatus.WAITING_OCR) {
			return false;
		}
		OcrJob job = jobs.findByRecordId(recordId).orElseGet(() -> jobs.save(new OcrJob(recordId)));
		if (job.state() == OcrJob.State.DONE || job.state() == OcrJob.State.FAILED) {
			// The record waits again (a rescan, a retry) while its last job ended: this is a new reading.
			job.again();
		}
		Instant now = clock.instant();
		return jobs.claim(recordId, node, now, now.plus(LEASE)) == 1;
	}

	@Transactional(readOnly = true)
	public List<ScanFile> scans(UUID recordId) {
		return CurrentScan.of(files.findByRecordIdOrderByCreatedAt(recordId)).stream()
			.map(f -> new ScanFile(f.sha256(), f.mediaType(), f.originalName())).toList();
	}

	/** Keeps text, pages and searchable PDFs, unless another node took the record over meanwhile. */
	@Transactional
	public boolean keep(UUID recordId, String node, OcrEngine.Result result) {
		Optional<OcrJob> job = ours(recordId, node);
		if (job.isEmpty()) {
			return false;
		}
		Instant now = clock.instant();
		ArchiveRecord record = records.findById(recordId).orElseThrow();
		List<ArchiveFile> all = files.findByRecordIdOrderByCreatedAt(recordId);
		for (OcrEngine.Searchable pdf : result.pdfs()) {
			all.stream().filter(f -> f.role() == FileRole.ORIGINAL && f.sha256().equals(pdf.originalSha256()))
				.forEach(f -> f.pages(pdf.pages()));
			boolean kept = all.stream().anyMatch(f -> f.role() == FileRole.SEARCHABLE_PDF
					&& pdf.originalSha256().equals(f.derivedFromSha256()));
			if (!kept) {
				String name = searchableName(all, pdf.originalSha256());
				StoredFile stored;
				try (InputStream in = Files.newInputStream(pdf.pdf())) {
					stored = store.store(in, name, SEARCHABLE);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				files.save(new ArchiveFile(recordId, FileRole.SEARCHABLE_PDF, stored.sha256(), stored.mediaType(),
						stored.size(), name, pdf.pages(), pdf.originalSha256(), now));
			}
		}
		pages.deleteByRecord(recordId);
		int number = 0;
		for (OcrEngine.Page page : result.pages()) {
			pages.save(new OcrPage(recordId, page.originalSha256(), ++number, page.pageInFile(), page.confidence(),
					page.words(), page.unreadable()));
		}
		record.text(result.text(), TextStatus.OCR_DONE);
		if (number > 0) {
			record.pages(number);
		}
		job.get().done(now);
		return true;
	}

	@Transactional
	public void fail(UUID recordId, String node, String reason) {
		ours(recordId, node).ifPresent(job -> {
			job.failed(reason, clock.instant());
			records.findById(recordId).ifPresent(r -> r.text(null, TextStatus.OCR_FAILED));
		});
	}

	/** Gives the record back to the queue: tesseract disappeared, which is not the record's fault. */
	@Transactional
	public void release(UUID recordId, String node) {
		ours(recordId, node).ifPresent(OcrJob::again);
	}

	private Optional<OcrJob> ours(UUID recordId, String node) {
		Optional<OcrJob> job = jobs.findByRecordId(recordId)
			.filter(j -> j.state() == OcrJob.State.RUNNING && node.equals(j.claimedBy()));
		if (job.isEmpty()) {
			log.warn("OCR of record {} was taken over by another node; this node's result is dropped", recordId);
		}
		return job;
	}

	private static String searchableName(List<ArchiveFile> all, String originalSha256) {
		String original = all.stream().filter(f -> originalSha256.equals(f.sha256())).map(ArchiveFile::originalName)
			.filter(n -> n != null && !n.isBlank()).findFirst().orElse("pindaian");
		int dot = original.lastIndexOf('.');
		return (dot > 0 ? original.substring(0, dot) : original) + "-ocr.pdf";
	}
}
