package id.padu.archive.internal.custody.fixity;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface FixityRunRepository extends JpaRepository<FixityRun, UUID> {

	List<FixityRun> findByOrderByStartedAtDesc(Pageable page);
}
