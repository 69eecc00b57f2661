package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.ArchiveRecordRepository;
import id.padu.archive.internal.Berkas;
import id.padu.archive.internal.BerkasRepository;
import id.padu.audit.AuditTrail;
import id.padu.documents.DocumentIssuer;
import id.padu.documents.IssueRequest;
import id.padu.documents.IssuedDocument;
import id.padu.organization.Holder;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.UnitRef;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The head's approval, in one transaction: the rules checked again on today's facts (holds placed since, dates),
 * the berita acara issued and signed for the head's position (Plt/Plh sign as such), the proposal approved and
 * executed. A refused signature or any broken rule rolls all of it back: no stage moves, no file is released.
 */
@Service
public class DisposalApproval {

	private final DisposalProposalRepository proposals;
	private final DisposalProposalItemRepository items;
	private final BerkasRepository berkas;
	private final ArchiveRecordRepository records;
	private final ApproverPolicy approvers;
	private final LegalHoldPolicy holds;
	private final ProposalExecution execution;
	private final DocumentIssuer issuer;
	private final OrganizationDirectory directory;
	private final RetentionDue due;
	private final AuditTrail audit;
	private final Clock clock;

	DisposalApproval(DisposalProposalRepository proposals, DisposalProposalItemRepository items,
			BerkasRepository berkas, ArchiveRecordRepository records, ApproverPolicy approvers, LegalHoldPolicy holds,
			ProposalExecution execution, DocumentIssuer issuer, OrganizationDirectory directory, RetentionDue due,
			AuditTrail audit, Clock clock) {
		this.proposals = proposals;
		this.items = items;
		this.berkas = berkas;
		this.records = records;
		this.approvers = approvers;
		this.holds = holds;
		this.execution = execution;
		this.issuer = issuer;
		this.directory = directory;
		this.due = due;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws org.springframework.security.access.AccessDeniedException when the user does not lead the OPD
	 * @throws id.padu.documents.SigningRefusedException wrong passphrase or no valid certificate
	 * @throws BusinessRuleViolation decided already, a berkas held or no longer due
	 */
	@Transactional
	public DisposalProposal approve(UUID id, String actor, char[] passphrase) {
		try {
			DisposalProposal proposal = proposals.lock(id)
				.orElseThrow(() -> new NotFoundException("archive.lifecycle.proposal.notFound"));
			Holder head = approvers.require(proposal.opdCode(), actor);
			if (!proposal.isOpen()) {
				throw new BusinessRuleViolation("archive.lifecycle.approval.decided", proposal.proposalNumber());
			}
			if (passphrase == null || passphrase.length == 0) {
				throw new BusinessRuleViolation("archive.lifecycle.approval.passphrase");
			}
			LocalDate today = due.today();
			List<Berkas> chosen = new ArrayList<>();
			List<BeritaAcara.Line> lines = new ArrayList<>();
			for (DisposalProposalItem item : items.findByProposalIdOrderByItemOrder(id)) {
				Berkas b = berkas.findById(item.berkasId()).orElseThrow();
				holds.requireFree(b, "archive.lifecycle.approval.held");
				DisposalPolicy.check(proposal.kind(), DisposalProposals.step(b, today), item.note(), b.berkasNumber());
				chosen.add(b);
				lines.add(new BeritaAcara.Line(b, records.countByBerkasId(b.getId()), item.note()));
			}
			String opdName = directory.findUnit(proposal.opdCode()).map(UnitRef::name).orElse(proposal.opdCode());
			String proposer = directory.findStaffByUsername(proposal.proposedBy()).map(s -> s.fullName())
				.orElse(proposal.proposedBy());
			String number = "BA-" + proposal.kind().numberCode() + "/" + proposal.proposalNumber();
			String title = proposal.kind().beritaAcaraTitle();
			IssuedDocument issued = issuer.issue(new IssueRequest(title, number, title,
					BeritaAcara.body(proposal, opdName, proposer, today, lines), actor, passphrase, "archive",
					proposal.getId().toString(), null, IssueRequest.Layout.A4, head.position().code(), null));
			Instant now = clock.instant();
			proposal.approve(actor, now, issued.id(), number);
			ProposalExecution.Outcome outcome = execution.execute(proposal.kind(), chosen, issued.id(), now);
			audit.record("APPROVE", "DisposalProposal", id.toString(),
					Map.of("number", proposal.proposalNumber(), "beritaAcara", issued.id().toString()));
			audit.record("EXECUTE", "DisposalProposal", id.toString(), Map.of("kind", proposal.kind().name(),
					"berkas", chosen.size(), "records", outcome.records(), "filesReleased", outcome.filesReleased()));
			return proposal;
		} finally {
			if (passphrase != null) {
				Arrays.fill(passphrase, '\0');
			}
		}
	}
}
