package id.padu.archive.internal.digitization;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface OcrJobRepository extends JpaRepository<OcrJob, UUID> {

	Optional<OcrJob> findByRecordId(UUID recordId);

	List<OcrJob> findByRecordIdIn(Collection<UUID> recordIds);

	/**
	 * Takes the job for one node: only one of several concurrent updates finds the row still WAITING (or with an
	 * expired lease), on H2 and PostgreSQL alike, so exactly one node gets 1 back.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update OcrJob j set j.state = id.padu.archive.internal.digitization.OcrJob.State.RUNNING,
			       j.claimedBy = :node, j.leaseUntil = :leaseUntil, j.attempts = j.attempts + 1, j.version = j.version + 1
			 where j.recordId = :recordId
			   and (j.state = id.padu.archive.internal.digitization.OcrJob.State.WAITING
			        or (j.state = id.padu.archive.internal.digitization.OcrJob.State.RUNNING and j.leaseUntil < :now))""")
	int claim(UUID recordId, String node, Instant now, Instant leaseUntil);
}
