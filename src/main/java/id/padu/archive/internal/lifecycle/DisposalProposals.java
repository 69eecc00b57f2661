package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.Berkas;
import id.padu.archive.internal.BerkasRepository;
import id.padu.audit.AuditTrail;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Making and rejecting proposals. A proposal lists due berkas of one OPD that are neither held nor in another open
 * proposal, each fitting its kind ({@link DisposalPolicy}); its head approves it ({@link DisposalApproval}).
 */
@Service
@Transactional
public class DisposalProposals {

	/** A proposal with its berkas, in the order of its daftar arsip. */
	public record Proposed(DisposalProposal proposal, List<DisposalProposalItem> items) {
	}

	private final DisposalProposalRepository proposals;
	private final DisposalProposalItemRepository items;
	private final BerkasRepository berkas;
	private final LegalHoldPolicy holds;
	private final ApproverPolicy approvers;
	private final RetentionDue due;
	private final AuditTrail audit;
	private final Clock clock;

	DisposalProposals(DisposalProposalRepository proposals, DisposalProposalItemRepository items,
			BerkasRepository berkas, LegalHoldPolicy holds, ApproverPolicy approvers, RetentionDue due,
			AuditTrail audit, Clock clock) {
		this.proposals = proposals;
		this.items = items;
		this.berkas = berkas;
		this.holds = holds;
		this.approvers = approvers;
		this.due = due;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Proposes the berkas; {@code notes} may give a note per berkas id (required to destroy a reassessed one).
	 *
	 * @throws BusinessRuleViolation for a berkas not due, of the wrong kind, held, already proposed, or of a
	 *         second OPD, and without a reason or a berkas
	 */
	public DisposalProposal propose(ProposalKind kind, List<UUID> berkasIds, String reason, Map<UUID, String> notes,
			String actor) {
		if (kind == null) {
			throw new BusinessRuleViolation("archive.lifecycle.proposal.kindRequired");
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleViolation("archive.lifecycle.proposal.reasonRequired");
		}
		Set<UUID> ids = new LinkedHashSet<>(berkasIds == null ? List.of() : berkasIds);
		if (ids.isEmpty()) {
			throw new BusinessRuleViolation("archive.lifecycle.proposal.berkasRequired");
		}
		LocalDate today = due.today();
		Set<UUID> open = items.openItems().stream().map(row -> (UUID) row[0]).collect(Collectors.toSet());
		String opd = null;
		List<Berkas> chosen = new ArrayList<>();
		for (UUID id : ids) {
			Berkas b = berkas.findById(id).orElseThrow(() -> new NotFoundException("archive.berkas.notFound"));
			holds.requireFree(b, "archive.lifecycle.proposal.held");
			if (open.contains(id)) {
				throw new BusinessRuleViolation("archive.lifecycle.proposal.alreadyProposed", b.berkasNumber());
			}
			DisposalPolicy.check(kind, step(b, today), notes.get(id), b.berkasNumber());
			String berkasOpd = approvers.opdOf(b.creatorUnit());
			if (opd != null && !opd.equals(berkasOpd)) {
				throw new BusinessRuleViolation("archive.lifecycle.proposal.oneOpd");
			}
			opd = berkasOpd;
			chosen.add(b);
		}
		Instant now = clock.instant();
		String prefix = "USUL-" + today.getYear() + "-";
		String number = prefix + "%04d".formatted(proposals.countByProposalNumberStartingWith(prefix) + 1);
		DisposalProposal proposal = proposals.save(new DisposalProposal(number, kind, opd, reason.strip(), actor, now));
		int order = 1;
		for (Berkas b : chosen) {
			items.save(new DisposalProposalItem(proposal.getId(), b.getId(), order++, notes.get(b.getId())));
		}
		return proposal;
	}

	/** The head of the OPD turns the proposal down; its berkas are free to be proposed again. */
	public void reject(UUID id, String reason, String actor) {
		DisposalProposal proposal = proposals.lock(id)
			.orElseThrow(() -> new NotFoundException("archive.lifecycle.proposal.notFound"));
		approvers.require(proposal.opdCode(), actor);
		if (!proposal.isOpen()) {
			throw new BusinessRuleViolation("archive.lifecycle.approval.decided", proposal.proposalNumber());
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleViolation("archive.lifecycle.rejection.reasonRequired");
		}
		proposal.reject(actor, clock.instant(), reason.strip());
		audit.record("REJECT", "DisposalProposal", id.toString(),
				Map.of("number", proposal.proposalNumber(), "reason", reason.strip()));
	}

	@Transactional(readOnly = true)
	public Proposed find(UUID id) {
		DisposalProposal proposal = proposals.findById(id)
			.orElseThrow(() -> new NotFoundException("archive.lifecycle.proposal.notFound"));
		return new Proposed(proposal, items.findByProposalIdOrderByItemOrder(id));
	}

	@Transactional(readOnly = true)
	public List<DisposalProposal> all() {
		return proposals.findAllByOrderByProposedAtDesc();
	}

	static DueStep step(Berkas b, LocalDate today) {
		return DueStep.of(b.stage(), b.activeUntil(), b.inactiveUntil(), b.finalAction(), today).orElse(null);
	}
}
