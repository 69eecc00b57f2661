package id.padu.archive.internal.records;

import id.padu.archive.internal.ArchiveFile;
import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.FileRole;
import id.padu.archive.internal.PhysicalLocation;
import id.padu.archive.internal.RecordMedia;
import id.padu.archive.internal.TextStatus;
import id.padu.classification.SecurityClass;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code GET /api/v1/archive/records/{id}}: the metadata, berkas, files and source of a record. */
record RecordJson(UUID id, String title, String classificationCode, LocalDate date, String description,
		String creatorUnit, SecurityClass securityClass, RecordMedia media, Integer pageCount,
		PhysicalLocation location, UUID berkasId, String berkasNumber, String berkasStage, TextStatus textStatus,
		boolean destroyed, List<FileJson> files, Source source, String filedBy, Instant filedAt) {

	record FileJson(String sha256, FileRole role, String mediaType, long size, String name, Integer pageCount,
			String href) {
	}

	record Source(String module, String reference, String link) {
	}

	static RecordJson of(RecordDetail detail) {
		ArchiveRecord r = detail.record();
		List<FileJson> files = detail.files().stream().map(f -> file(r.getId(), f)).toList();
		Source source = r.source() == null ? null
				: new Source(r.source().module(), r.source().reference(), detail.sourceLink());
		return new RecordJson(r.getId(), r.title(), r.classificationCode(), r.recordDate(), r.description(),
				r.creatorUnit(), r.securityClass(), r.media(), r.pageCount(),
				r.location().isEmpty() ? null : r.location(), r.berkasId(), detail.berkas().berkasNumber(),
				detail.berkas().stage().name(), r.textStatus(), r.isDestroyed(), files, source, r.filedBy(),
				r.filedAt());
	}

	private static FileJson file(UUID recordId, ArchiveFile f) {
		return new FileJson(f.sha256(), f.role(), f.mediaType(), f.size(), f.originalName(), f.pageCount(),
				"/api/v1/archive/records/" + recordId + "/files/" + f.sha256());
	}
}
