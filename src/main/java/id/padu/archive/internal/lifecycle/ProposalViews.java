package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.ArchiveRecordRepository;
import id.padu.archive.internal.Berkas;
import id.padu.archive.internal.BerkasRepository;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.UnitRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A proposal as its page shows it: its daftar arsip with record counts and holds, and what the viewer may do. */
@Component
class ProposalViews {

	/** One berkas of the daftar arsip. */
	record Line(int number, Berkas berkas, long records, String note, boolean held) {
	}

	/** The page's model. {@code approver}: the viewer leads the OPD and the proposal waits for a decision. */
	record ProposalView(DisposalProposal proposal, String opdName, String proposerName, String deciderName,
			List<Line> lines, boolean approver, boolean blockedByHold) {
	}

	private final DisposalProposals proposals;
	private final BerkasRepository berkas;
	private final ArchiveRecordRepository records;
	private final LegalHoldRepository holds;
	private final ApproverPolicy approvers;
	private final OrganizationDirectory directory;

	ProposalViews(DisposalProposals proposals, BerkasRepository berkas, ArchiveRecordRepository records,
			LegalHoldRepository holds, ApproverPolicy approvers, OrganizationDirectory directory) {
		this.proposals = proposals;
		this.berkas = berkas;
		this.records = records;
		this.holds = holds;
		this.approvers = approvers;
		this.directory = directory;
	}

	@Transactional(readOnly = true)
	ProposalView view(UUID id, String viewer) {
		DisposalProposals.Proposed found = proposals.find(id);
		DisposalProposal p = found.proposal();
		Set<UUID> held = holds.heldBerkas();
		List<Line> lines = found.items().stream().map(item -> new Line(item.itemOrder(),
				berkas.findById(item.berkasId()).orElseThrow(), records.countByBerkasId(item.berkasId()), item.note(),
				held.contains(item.berkasId()))).toList();
		boolean approver = p.isOpen() && approvers.holding(p.opdCode(), viewer).isPresent();
		return new ProposalView(p, directory.findUnit(p.opdCode()).map(UnitRef::name).orElse(p.opdCode()),
				name(p.proposedBy()), p.decidedBy() == null ? null : name(p.decidedBy()), lines, approver,
				p.isOpen() && lines.stream().anyMatch(Line::held));
	}

	private String name(String username) {
		return directory.findStaffByUsername(username).map(s -> s.fullName()).orElse(username);
	}
}
