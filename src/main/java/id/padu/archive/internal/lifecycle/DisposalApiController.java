package id.padu.archive.internal.lifecycle;

import id.padu.identity.PaduUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Disposal proposals for other systems: the list, and the head's approval with the signing passphrase. */
@RestController
@RequestMapping("/api/v1/archive/disposal-proposals")
class DisposalApiController {

	/** A proposal as the API shows it; {@code beritaAcaraId} is the issued document once approved. */
	record ProposalJson(UUID id, String number, ProposalKind kind, ProposalStatus status, String opdCode,
			String reason, String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt,
			UUID beritaAcaraId, String beritaAcaraNumber) {

		static ProposalJson of(DisposalProposal p) {
			return new ProposalJson(p.getId(), p.proposalNumber(), p.kind(), p.status(), p.opdCode(), p.reason(),
					p.proposedBy(), p.proposedAt(), p.decidedBy(), p.decidedAt(), p.issuedDocumentId(),
					p.beritaAcaraNumber());
		}
	}

	record ApprovalBody(String passphrase) {
	}

	private final DisposalProposals proposals;
	private final DisposalApproval approval;

	DisposalApiController(DisposalProposals proposals, DisposalApproval approval) {
		this.proposals = proposals;
		this.approval = approval;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ARCHIVIST','HEAD','ADMIN','AUDITOR')")
	List<ProposalJson> list() {
		return proposals.all().stream().map(ProposalJson::of).toList();
	}

	/**
	 * Only the head of the proposal's OPD (or its Plt/Plh) gets past the policy; anyone else gets 403. A person
	 * approves: an API client (no staff role, only scopes) cannot sign a berita acara.
	 */
	@PostMapping("/{id}/approval")
	@PreAuthorize("hasAnyRole('OFFICER','HEAD','SECRETARIAT','ARCHIVIST','TREASURER','HR','ADMIN','AUDITOR')")
	ProposalJson approve(@PathVariable UUID id, @RequestBody ApprovalBody body, @AuthenticationPrincipal PaduUser user) {
		char[] passphrase = body.passphrase() == null ? null : body.passphrase().toCharArray();
		return ProposalJson.of(approval.approve(id, user.getUsername(), passphrase));
	}
}
