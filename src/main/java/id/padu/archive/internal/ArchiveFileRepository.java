package id.padu.archive.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface ArchiveFileRepository extends JpaRepository<ArchiveFile, UUID> {

	List<ArchiveFile> findByRecordIdOrderByCreatedAt(UUID recordId);
}
