package id.padu.archive.internal.records;

import id.padu.archive.internal.ArchiveFile;
import id.padu.archive.internal.ArchiveFileRepository;
import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.ArchiveRecordRepository;
import id.padu.archive.internal.BerkasRepository;
import id.padu.archive.internal.Reader;
import id.padu.archive.internal.RecordAccessPolicy;
import id.padu.audit.AuditTrail;
import id.padu.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.UUID;

/**
 * Opening a record or one of its files, by page or API: {@link RecordAccessPolicy} decides, and every opening of
 * a TERBATAS or RAHASIA record is written to the audit trail with how it was opened.
 */
@Service
class RecordOpenings {

	static final String OPENED = "ARCHIVE_RECORD_OPENED";

	private final ArchiveRecordRepository records;
	private final ArchiveFileRepository files;
	private final BerkasRepository berkas;
	private final AuditTrail audit;

	RecordOpenings(ArchiveRecordRepository records, ArchiveFileRepository files, BerkasRepository berkas,
			AuditTrail audit) {
		this.records = records;
		this.files = files;
		this.berkas = berkas;
		this.audit = audit;
	}

	/**
	 * @throws NotFoundException when the pemda has no such record
	 * @throws AccessDeniedException when the reader may not see it
	 */
	@Transactional
	RecordDetail open(UUID id, Reader reader, String channel) {
		ArchiveRecord record = allowed(id, reader);
		if (RecordAccessPolicy.auditsOpening(record.securityClass())) {
			audit.record(OPENED, "ArchiveRecord", id.toString(),
					Map.of("reader", reader.name(), "channel", channel, "class", record.securityClass().name()));
		}
		return new RecordDetail(record, berkas.findById(record.berkasId()).orElseThrow(),
				files.findByRecordIdOrderByCreatedAt(id));
	}

	/** One file of a record the reader may open; the download is audited like an opening. */
	@Transactional
	ArchiveFile file(UUID id, String sha256, Reader reader) {
		ArchiveFile file = files.findByRecordIdOrderByCreatedAt(id).stream()
			.filter(f -> f.sha256().equals(sha256))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("archive.record.notFound"));
		ArchiveRecord record = allowed(id, reader);
		if (RecordAccessPolicy.auditsOpening(record.securityClass())) {
			audit.record(OPENED, "ArchiveRecord", id.toString(),
					Map.of("reader", reader.name(), "channel", "FILE", "file", sha256));
		}
		return file;
	}

	private ArchiveRecord allowed(UUID id, Reader reader) {
		ArchiveRecord record = records.findById(id).orElseThrow(() -> new NotFoundException("archive.record.notFound"));
		if (!RecordAccessPolicy.maySee(reader, record.securityClass(), record.creatorUnit())) {
			throw new AccessDeniedException("record " + id + " is " + record.securityClass());
		}
		return record;
	}
}
