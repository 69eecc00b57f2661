package id.padu.eoffice.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface LetterVersionRepository extends JpaRepository<LetterVersion, UUID> {

	List<LetterVersion> findByLetterIdOrderByVersionNoDesc(UUID letterId);

	Optional<LetterVersion> findByLetterIdAndVersionNo(UUID letterId, int versionNo);
}
