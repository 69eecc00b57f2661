package id.padu.archive.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ArchiveRecordRepository extends JpaRepository<ArchiveRecord, UUID> {

	List<ArchiveRecord> findByBerkasIdOrderByRecordDateAscFiledAtAsc(UUID berkasId);

	Optional<ArchiveRecord> findBySourceModuleAndSourceReference(String sourceModule, String sourceReference);

	long countByBerkasId(UUID berkasId);
}
