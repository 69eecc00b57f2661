package id.padu.archive.internal.digitization;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface OcrPageRepository extends JpaRepository<OcrPage, UUID> {

	List<OcrPage> findByRecordIdInOrderByPageNumber(Collection<UUID> recordIds);

	Optional<OcrPage> findByRecordIdAndPageNumber(UUID recordId, int pageNumber);

	@Modifying
	@Query("delete from OcrPage p where p.recordId = :recordId")
	void deleteByRecord(UUID recordId);
}
