package id.padu.archive.internal.lifecycle;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

interface DisposalProposalItemRepository extends JpaRepository<DisposalProposalItem, UUID> {

	List<DisposalProposalItem> findByProposalIdOrderByItemOrder(UUID proposalId);

	List<DisposalProposalItem> findByBerkasId(UUID berkasId);

	/** Berkas in a proposal nobody decided yet, with that proposal: a berkas is never in two open proposals. */
	@Query("select i.berkasId, p.id, p.proposalNumber from DisposalProposalItem i, DisposalProposal p "
			+ "where p.id = i.proposalId and p.status = id.padu.archive.internal.lifecycle.ProposalStatus.PROPOSED")
	List<Object[]> openItems();
}
