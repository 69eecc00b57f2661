package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.ArchiveFile;
import id.padu.archive.internal.ArchiveFileRepository;
import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.ArchiveRecordRepository;
import id.padu.archive.internal.Berkas;
import id.padu.documents.DocumentStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What an approved proposal does, inside the approval's transaction. A transfer moves the berkas to its new stage.
 * A destruction makes every record a tombstone and releases the bytes the archive alone holds: files of records
 * filed from another module (a signed letter, a scan of an incoming letter) stay, since that module still uses
 * them, and so do files another living record shares; issued documents are never released by the store.
 */
@Component
class ProposalExecution {

	/** What a destruction did. */
	record Outcome(int records, int filesReleased) {
	}

	private final ArchiveRecordRepository records;
	private final ArchiveFileRepository files;
	private final LifecycleQueries queries;
	private final DocumentStore store;

	ProposalExecution(ArchiveRecordRepository records, ArchiveFileRepository files, LifecycleQueries queries,
			DocumentStore store) {
		this.records = records;
		this.files = files;
		this.queries = queries;
		this.store = store;
	}

	Outcome execute(ProposalKind kind, List<Berkas> berkas, UUID beritaAcara, Instant now) {
		int destroyed = 0;
		Set<String> releasable = new LinkedHashSet<>();
		for (Berkas b : berkas) {
			b.moveTo(kind.target());
			if (kind != ProposalKind.MUSNAH) {
				continue;
			}
			for (ArchiveRecord record : records.findByBerkasIdOrderByRecordDateAscFiledAtAsc(b.getId())) {
				record.destroy(now, beritaAcara);
				destroyed++;
				for (ArchiveFile file : files.findByRecordIdOrderByCreatedAt(record.getId())) {
					file.destroy(now);
					if (record.source() == null) {
						releasable.add(file.sha256());
					}
				}
			}
		}
		int released = 0;
		for (String sha256 : releasable) {
			if (queries.liveFileUses(sha256) == 0 && store.discard(sha256)) {
				released++;
			}
		}
		return new Outcome(destroyed, released);
	}
}
