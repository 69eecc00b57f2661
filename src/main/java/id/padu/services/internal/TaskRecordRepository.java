package id.padu.services.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface TaskRecordRepository extends JpaRepository<TaskRecord, UUID> {

	Optional<TaskRecord> findByTaskId(String taskId);

	List<TaskRecord> findByTaskIdIn(Collection<String> taskIds);

	List<TaskRecord> findByApplicationIdAndEndedAtIsNull(UUID applicationId);

	List<TaskRecord> findTop500ByEndedAtIsNullAndEscalatedAtIsNullAndDueAtBefore(Instant now);

	List<TaskRecord> findTop500ByEndedAtIsNullAndEscalatedAtIsNotNullAndOpdCodeIn(Collection<String> opdCodes);

	long countByEndedAtIsNullAndOpdCodeInAndDueAtBefore(Collection<String> opdCodes, Instant now);
}
