package id.padu.archive.internal;

import id.padu.classification.ClassificationScheme;
import id.padu.classification.SecurityClass;
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
import java.time.LocalDate;
import java.util.List;

/**
 * The one way a record enters the archive, by hand, by API, from a scan batch or from another module's event:
 * checks the metadata, finds or opens its berkas, keeps its files in the document store and reads their text
 * (born-digital PDFs now; scans wait for OCR). Runs in the caller's transaction, so a failure leaves no record,
 * no berkas and no file row behind.
 */
@Service
public class Filing {

	private final ArchiveRecordRepository records;
	private final ArchiveFileRepository files;
	private final BerkasRepository berkas;
	private final BerkasNumbers numbers;
	private final ClassificationScheme scheme;
	private final DocumentStore store;
	private final TextExtraction text;
	private final Clock clock;
	private final Acceptance scans;

	Filing(ArchiveRecordRepository records, ArchiveFileRepository files, BerkasRepository berkas,
			BerkasNumbers numbers, ClassificationScheme scheme, DocumentStore store, TextExtraction text,
			Clock clock, @Value("${padu.archive.max-scan-size:100MB}") DataSize maxScanSize) {
		this.records = records;
		this.files = files;
		this.berkas = berkas;
		this.numbers = numbers;
		this.scheme = scheme;
		this.store = store;
		this.text = text;
		this.clock = clock;
		this.scans = new Acceptance(Acceptance.SCANS, maxScanSize.toBytes());
	}

	/** A file to keep with a record: new content, or a file already in the current pemda's document store. */
	public sealed interface Content {

		record Upload(InputStream bytes, String name) implements Content {
		}

		record Stored(String sha256) implements Content {
		}
	}

	/**
	 * Files a record with its files.
	 *
	 * @throws BusinessRuleViolation for missing metadata, an unknown or retired classification code, or a berkas
	 *         that takes no more records
	 * @throws id.padu.documents.DocumentRejectedException for a file of a type or size the store refuses
	 */
	@Transactional
	public ArchiveRecord file(RecordDraft draft, List<? extends Content> contents, String actor) {
		require(draft.title(), "archive.record.title.required");
		if (draft.date() == null) {
			throw new BusinessRuleViolation("archive.record.date.required");
		}
		require(draft.creatorUnit(), "archive.record.creatorUnit.required");
		String code = scheme.requireActive(draft.classificationCode()).code();
		RecordDraft checked = new RecordDraft(draft.title(), draft.date(), code, draft.creatorUnit(),
				draft.securityClass(), draft.description(), draft.media(), draft.pageCount(), draft.location(),
				draft.berkasId(), draft.source());
		Instant now = clock.instant();
		Berkas target = berkasFor(checked, actor, now);
		target.restrictTo(checked.securityClass());
		ArchiveRecord record = records.save(new ArchiveRecord(target.getId(), checked, actor, now));
		ReadText read = ReadText.NOTHING;
		for (Content content : contents) {
			StoredFile stored = keep(content);
			ReadText fileText = text.read(stored);
			files.save(new ArchiveFile(record.getId(), FileRole.ORIGINAL, stored.sha256(), stored.mediaType(),
					stored.size(), stored.originalName(), fileText.pages(), null, now));
			read = read.and(fileText);
		}
		if (!contents.isEmpty()) {
			if (read.needsOcr()) {
				record.waitForOcr();
			} else {
				record.text(read.text(), TextStatus.BORN_DIGITAL);
			}
			if (checked.pageCount() == null && read.pages() != null) {
				record.pages(read.pages());
			}
		}
		return record;
	}

	/**
	 * Opens an empty berkas of its own with the given title, for records that arrive together (a transfer package
	 * received whole); records go in with {@link #file} naming its id.
	 *
	 * @throws BusinessRuleViolation for an unknown or retired classification code
	 */
	@Transactional
	public Berkas openBerkas(String title, String classificationCode, String creatorUnit, SecurityClass securityClass,
			LocalDate openedOn, String actor) {
		require(title, "archive.record.title.required");
		require(creatorUnit, "archive.record.creatorUnit.required");
		String code = scheme.requireActive(classificationCode).code();
		RecordDraft draft = new RecordDraft(title, openedOn, code, creatorUnit, securityClass, null, null, null, null,
				null, null);
		return open(title, draft, null, actor, clock.instant());
	}

	private StoredFile keep(Content content) {
		if (content instanceof Content.Upload upload) {
			// Scans are TIFF too, and far larger than a citizen's attachment.
			return store.store(upload.bytes(), upload.name(), scans);
		}
		String sha256 = ((Content.Stored) content).sha256();
		return store.find(sha256).orElseThrow(() -> new NotFoundException("documents.file.notFound"));
	}

	/**
	 * The berkas named by the draft; else, for an automatic filing, the year's berkas of its code and OPD (made on
	 * first use); else a new berkas of its own, titled like the record.
	 */
	private Berkas berkasFor(RecordDraft draft, String actor, Instant now) {
		if (draft.berkasId() != null) {
			Berkas named = berkas.findById(draft.berkasId())
				.orElseThrow(() -> new NotFoundException("archive.berkas.notFound"));
			if (!named.acceptsRecords()) {
				throw new BusinessRuleViolation("archive.berkas.closed", named.berkasNumber());
			}
			return named;
		}
		int year = draft.date().getYear();
		if (draft.source() != null) {
			String key = "%s|%s|%d".formatted(draft.classificationCode(), draft.creatorUnit(), year);
			return berkas.findByFilingKey(key).filter(Berkas::acceptsRecords).orElseGet(() -> {
				String title = scheme.find(draft.classificationCode()).map(c -> c.name()).orElse(draft.classificationCode())
						+ " " + year;
				return open(title, draft, key, actor, now);
			});
		}
		return open(draft.title(), draft, null, actor, now);
	}

	private Berkas open(String title, RecordDraft draft, String filingKey, String actor, Instant now) {
		String number = numbers.next(draft.creatorUnit(), draft.date().getYear());
		return berkas.save(new Berkas(number, title, draft.classificationCode(), draft.creatorUnit(),
				draft.securityClass(), draft.date(), filingKey, actor, now));
	}

	private static void require(String value, String messageKey) {
		if (value == null || value.isBlank()) {
			throw new BusinessRuleViolation(messageKey);
		}
	}
}
