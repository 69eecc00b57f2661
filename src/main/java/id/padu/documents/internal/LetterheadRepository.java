package id.padu.documents.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

/** One row per pemda (tenant-filtered). */
interface LetterheadRepository extends JpaRepository<LetterheadRecord, UUID> {

	Optional<LetterheadRecord> findFirstBy();
}
