package id.padu.archive.internal.custody.bagit;

import id.padu.archive.internal.FileRole;
import id.padu.archive.internal.PhysicalLocation;
import id.padu.archive.internal.RecordMedia;
import id.padu.classification.SecurityClass;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@code data/metadata/dublin-core.xml} of a bag says: the berkas and each record in Dublin Core, plus the
 * few fields Padu needs to file them again (OPD code, medium, pages, shelf) and which payload file is whose.
 */
record BagMetadata(Berkas berkas, List<Record> records) {

	record Berkas(String identifier, String title, LocalDate date, String creator, String creatorUnit, String subject,
			String description, SecurityClass rights) {
	}

	record Record(String identifier, String title, LocalDate date, String creator, String creatorUnit, String subject,
			String description, SecurityClass rights, RecordMedia media, Integer pages, PhysicalLocation location,
			List<File> files) {
	}

	/** {@code path} is relative to {@code data/}. */
	record File(String path, FileRole role, String sha256, String mediaType) {
	}
}
