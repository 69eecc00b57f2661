package id.padu.archive.internal.records;

import id.padu.archive.internal.ArchiveFile;
import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.Berkas;

import java.util.List;

/** A record opened by someone allowed to: with its berkas and its files. */
record RecordDetail(ArchiveRecord record, Berkas berkas, List<ArchiveFile> files) {

	public String sourceLink() {
		return SourceLinks.of(record.source());
	}
}
