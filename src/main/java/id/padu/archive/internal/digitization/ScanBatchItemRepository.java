package id.padu.archive.internal.digitization;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface ScanBatchItemRepository extends JpaRepository<ScanBatchItem, UUID> {

	List<ScanBatchItem> findByBatchIdOrderByPosition(UUID batchId);

	List<ScanBatchItem> findByBatchIdIn(List<UUID> batchIds);

	Optional<ScanBatchItem> findByRecordId(UUID recordId);
}
