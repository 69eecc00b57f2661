package id.padu.archive.internal.digitization;

import id.padu.archive.internal.ArchiveRecord;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The records waiting for OCR, oldest first, without those another node is reading now. */
interface OcrQueue extends Repository<ArchiveRecord, UUID> {

	@Query("""
			select r.id from ArchiveRecord r
			 where r.textStatus = id.padu.archive.internal.TextStatus.WAITING_OCR
			   and not exists (select j.id from OcrJob j where j.recordId = r.id
			                     and j.state = id.padu.archive.internal.digitization.OcrJob.State.RUNNING
			                     and j.leaseUntil > :now)
			 order by r.filedAt, r.id""")
	List<UUID> waiting(Instant now, Pageable page);
}
