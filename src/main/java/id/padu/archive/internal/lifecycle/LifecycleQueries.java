package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.ArchiveStage;
import id.padu.archive.internal.Berkas;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.Collection;
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

	/** Per berkas id the date of its latest record. */
	@Query("select r.berkasId, max(r.recordDate) from ArchiveRecord r where r.berkasId in :ids group by r.berkasId")
	List<Object[]> latestRecordDates(Collection<UUID> ids);

	/** How many files not destroyed, of any record of the pemda, are these bytes. */
	@Query("select count(f) from ArchiveFile f where f.sha256 = :sha256 and f.destroyedAt is null")
	long liveFileUses(String sha256);
}
