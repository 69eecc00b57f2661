package id.padu.archive.internal.digitization;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface ScanBatchRepository extends JpaRepository<ScanBatch, UUID> {

	List<ScanBatch> findAllByOrderByCreatedAtDesc(Pageable page);
}
