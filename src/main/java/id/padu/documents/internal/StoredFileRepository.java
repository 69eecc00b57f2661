package id.padu.documents.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered: another pemda's row for the same bytes is invisible here. */
interface StoredFileRepository extends JpaRepository<StoredFileRecord, UUID> {

	Optional<StoredFileRecord> findBySha256(String sha256);

	boolean existsBySha256(String sha256);
}
