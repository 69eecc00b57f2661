package id.padu.archive.internal.digitization;

import id.padu.archive.internal.ArchiveFile;
import id.padu.archive.internal.FileRole;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The originals OCR reads: those of the record's latest filing. A rescan adds new originals and never removes the
 * old ones, so "latest" is what replaces them; the files of one filing share its instant.
 */
final class CurrentScan {

	private CurrentScan() {
	}

	static List<ArchiveFile> of(List<ArchiveFile> files) {
		List<ArchiveFile> originals = files.stream().filter(f -> f.role() == FileRole.ORIGINAL).toList();
		Instant latest = originals.stream().map(ArchiveFile::createdAt).max(Comparator.naturalOrder()).orElse(null);
		return originals.stream().filter(f -> f.createdAt().equals(latest)).toList();
	}
}
