package id.padu.archive.internal.digitization;

import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.Filing;
import id.padu.archive.internal.RecordDraft;
import id.padu.archive.internal.RecordMedia;
import id.padu.documents.DocumentRejectedException;
import id.padu.shared.BusinessRuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Files a batch of scans: each record through {@link Filing}, all in one transaction, so a refused file leaves no
 * half batch behind. Without a berkas chosen, the first record opens one and the others join it: a box of paper
 * scanned together is one berkas.
 */
@Service
class ScanBatches {

	static final int MAX_FILES = 200;

	private final Filing filing;
	private final ScanBatchRepository batches;
	private final ScanBatchItemRepository items;
	private final Clock clock;

	ScanBatches(Filing filing, ScanBatchRepository batches, ScanBatchItemRepository items, Clock clock) {
		this.filing = filing;
		this.batches = batches;
		this.items = items;
		this.clock = clock;
	}

	@Transactional
	public ScanBatch create(BatchRequest request, List<ScanUpload> uploads, String actor) {
		if (uploads.isEmpty()) {
			throw new BusinessRuleViolation("archive.digitization.files.required");
		}
		if (uploads.size() > MAX_FILES) {
			throw new BusinessRuleViolation("archive.digitization.files.tooMany", MAX_FILES);
		}
		String title = request.title() == null || request.title().isBlank() ? null : request.title().strip();
		RecordMedia media = request.media() == null ? RecordMedia.PAPER : request.media();
		List<List<ScanUpload>> groups = request.oneRecord() ? List.of(uploads) : uploads.stream().map(List::of).toList();
		UUID berkasId = request.berkasId();
		List<ArchiveRecord> filed = new ArrayList<>();
		for (List<ScanUpload> group : groups) {
			String recordTitle = request.oneRecord() || title == null ? title : title + " (" + baseName(group.get(0).name()) + ")";
			RecordDraft draft = new RecordDraft(recordTitle, request.date(), request.classificationCode(),
					request.creatorUnit(), null, null, media, null, request.location(), berkasId, null);
			ArchiveRecord record = file(draft, group, actor);
			berkasId = record.berkasId();
			filed.add(record);
		}
		// Saved after Filing has checked the metadata, so a missing field is its message, not a constraint error.
		ArchiveRecord first = filed.get(0);
		ScanBatch batch = batches.save(new ScanBatch(title, first.classificationCode(), first.creatorUnit(),
				first.recordDate(), media, request.berkasId(), request.oneRecord(), actor, clock.instant()));
		for (int i = 0; i < filed.size(); i++) {
			List<ScanUpload> group = groups.get(i);
			String names = String.join(", ", group.stream().map(ScanUpload::name).toList());
			items.save(new ScanBatchItem(batch.getId(), filed.get(i).getId(), i + 1, names, group.size()));
		}
		return batch;
	}

	/** Names the file a refusal is about: in a batch of fifty the operator must know which one. */
	private ArchiveRecord file(RecordDraft draft, List<ScanUpload> group, String actor) {
		List<InputStream> streams = new ArrayList<>();
		try {
			List<Filing.Content> contents = new ArrayList<>();
			for (ScanUpload upload : group) {
				InputStream in = upload.open().get();
				streams.add(in);
				contents.add(new Filing.Content.Upload(in, upload.name()));
			}
			return filing.file(draft, contents, actor);
		} catch (DocumentRejectedException e) {
			String names = String.join(", ", group.stream().map(ScanUpload::name).toList());
			throw new DocumentRejectedException("archive.digitization.file.rejected", names,
					new DefaultMessageSourceResolvable(new String[] { e.messageKey() }, e.arguments(), e.messageKey()));
		} finally {
			streams.forEach(ScanBatches::close);
		}
	}

	private static void close(InputStream in) {
		try {
			in.close();
		} catch (IOException e) {
			// An upload's temporary file; nothing was written through it.
		}
	}

	static String baseName(String name) {
		String plain = name == null ? "" : name.replace('\\', '/');
		plain = plain.substring(plain.lastIndexOf('/') + 1);
		int dot = plain.lastIndexOf('.');
		return dot > 0 ? plain.substring(0, dot) : plain;
	}
}
