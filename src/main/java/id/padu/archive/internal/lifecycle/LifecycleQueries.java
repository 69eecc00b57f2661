package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.ArchiveStage;
import id.padu.archive.internal.Berkas;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The lifecycle's own questions about berkas, records and files (the core repositories stay small). */
interface LifecycleQueries extends Repository<Berkas, UUID> {

	/** Closed berkas whose active period (still with the OPD) or inactive period (records centre) ended. */
	@Query("select b from Berkas b where b.closedOn is not null and ((b.stage = :aktif and b.activeUntil <= :today) "
			+ "or (b.stage = :inaktif and b.inactiveUntil <= :today)) order by b.inactiveUntil, b.berkasNumber")
	List<Berkas> due(LocalDate today, ArchiveStage aktif, ArchiveStage inaktif);

	@Query("select b from Berkas b where b.stage = :stage and b.closedOn is null order by b.berkasNumber")
	List<Berkas> open(ArchiveStage stage);

	/**
	 * Per open berkas of the stage the date of its latest record, in one grouped query (a list of ids as
	 * parameters would break past PostgreSQL's 32,767 bind parameters on a pemda with many open berkas).
	 */
	@Query("select r.berkasId, max(r.recordDate) from ArchiveRecord r, Berkas b where r.berkasId = b.id "
			+ "and b.stage = :stage and b.closedOn is null group by r.berkasId")
	List<Object[]> latestRecordDatesOfOpen(ArchiveStage stage);

	/** How many files not destroyed, of any record of the pemda, are these bytes. */
	@Query("select count(f) from ArchiveFile f where f.sha256 = :sha256 and f.destroyedAt is null")
	long liveFileUses(String sha256);
}
