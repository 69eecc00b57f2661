package id.padu.documents.internal;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

/** Tenant-filtered: the public, cross-pemda lookup by verification code is {@link PublicVerification}'s. */
interface IssuedDocumentRepository extends JpaRepository<IssuedDocumentRecord, UUID> {

	boolean existsBySha256(String sha256);

	List<IssuedDocumentRecord> findAllByOrderBySignedAtDesc(Pageable page);

	List<IssuedDocumentRecord> findBySignerUsernameOrderBySignedAtDesc(String signerUsername, Pageable page);
}
