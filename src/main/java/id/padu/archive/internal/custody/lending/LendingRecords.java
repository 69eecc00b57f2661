package id.padu.archive.internal.custody.lending;

import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.RecordMedia;
import org.springframework.data.repository.Repository;

import java.util.UUID;

/** Whether a berkas holds anything on paper (or another physical medium) that could be lent. */
interface LendingRecords extends Repository<ArchiveRecord, UUID> {

	boolean existsByBerkasIdAndMediaNot(UUID berkasId, RecordMedia media);
}
