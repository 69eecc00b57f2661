package id.padu.archive.internal.lifecycle;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface DisposalProposalRepository extends JpaRepository<DisposalProposal, UUID> {

	List<DisposalProposal> findAllByOrderByProposedAtDesc();

	long countByProposalNumberStartingWith(String prefix);

	Optional<DisposalProposal> findByIssuedDocumentId(UUID issuedDocumentId);

	/** Locked while it is decided, so two clicks of the head never approve it twice. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from DisposalProposal p where p.id = :id")
	Optional<DisposalProposal> lock(UUID id);
}
