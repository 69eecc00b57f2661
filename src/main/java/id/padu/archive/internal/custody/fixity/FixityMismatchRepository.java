package id.padu.archive.internal.custody.fixity;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface FixityMismatchRepository extends JpaRepository<FixityMismatch, UUID> {

	List<FixityMismatch> findByRunIdOrderByFoundAt(UUID runId);
}
