package id.padu.archive.internal.records;

import id.padu.archive.internal.ArchiveReaders;
import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.Filing;
import id.padu.archive.internal.Reader;
import id.padu.archive.internal.RecordDraft;
import id.padu.shared.BusinessRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * A record filed by a person or a client system. Its creator is an OPD: by default the OPD of the caller's
 * position; staff file for their own OPDs only, archivists, administrators and client systems for any.
 */
@Service
class ManualFiling {

	private final Filing filing;
	private final ArchiveReaders readers;

	ManualFiling(Filing filing, ArchiveReaders readers) {
		this.filing = filing;
		this.readers = readers;
	}

	@Transactional
	ArchiveRecord file(RecordInput input, List<Filing.Content> contents, Reader reader) {
		String creator = creatorOf(input, reader);
		RecordDraft draft = new RecordDraft(input.title(), input.date(), input.classificationCode(), creator,
				input.securityClass(), input.description(), input.media(), input.pageCount(), input.location(),
				input.berkasId(), null);
		return filing.file(draft, contents, reader.name());
	}

	private String creatorOf(RecordInput input, Reader reader) {
		String given = input.creatorUnit() == null || input.creatorUnit().isBlank() ? null : input.creatorUnit().strip();
		if (given == null) {
			return readers.opdOfPosition(reader.name())
				.orElseThrow(() -> new BusinessRuleViolation("archive.record.creatorUnit.required"));
		}
		String opd = readers.opdOf(given)
			.filter(given::equals)
			.orElseThrow(() -> new BusinessRuleViolation("archive.record.creatorUnit.unknown", given));
		boolean anyOpd = reader.client() || reader.archivist() || reader.admin();
		if (!anyOpd && !reader.opds().contains(opd)) {
			throw new BusinessRuleViolation("archive.record.creatorUnit.notYours", opd);
		}
		return opd;
	}
}
