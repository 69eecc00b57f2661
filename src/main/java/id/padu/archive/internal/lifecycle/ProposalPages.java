package id.padu.archive.internal.lifecycle;

import id.padu.documents.DocumentIssuer;
import id.padu.identity.PaduUser;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;

/**
 * One proposal: its daftar arsip and status; for the head of its OPD the approval (signing passphrase) and the
 * rejection; once approved, its signed berita acara. Staff other than archivists, heads and admins may open it
 * when they lead the OPD (a Plt/Plh), the policy decides on approval.
 */
@Controller
@RequestMapping("/kantor/arsip/penyusutan/usul/{id}")
@PreAuthorize("isAuthenticated() and !hasRole('CITIZEN')")
class ProposalPages {

	private final ProposalViews views;
	private final DisposalApproval approval;
	private final DisposalProposals proposals;
	private final DocumentIssuer issuer;

	ProposalPages(ProposalViews views, DisposalApproval approval, DisposalProposals proposals,
			DocumentIssuer issuer) {
		this.views = views;
		this.approval = approval;
		this.proposals = proposals;
		this.issuer = issuer;
	}

	@GetMapping
	String show(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user, Model model) {
		model.addAttribute("view", views.view(id, user.getUsername()));
		return "archive/lifecycle/proposal";
	}

	@PostMapping("/setujui")
	String approve(@PathVariable UUID id, @RequestParam(name = "passphrase", required = false) char[] passphrase,
			@AuthenticationPrincipal PaduUser user, Model model) {
		try {
			approval.approve(id, user.getUsername(), passphrase);
			return "redirect:/kantor/arsip/penyusutan/usul/" + id;
		} catch (BusinessRuleViolation e) {
			PageError.show(model, e);
			return show(id, user, model);
		}
	}

	@PostMapping("/tolak")
	String reject(@PathVariable UUID id, @RequestParam(name = "reason", required = false) String reason,
			@AuthenticationPrincipal PaduUser user, Model model) {
		try {
			proposals.reject(id, reason, user.getUsername());
			return "redirect:/kantor/arsip/penyusutan/usul/" + id;
		} catch (BusinessRuleViolation e) {
			PageError.show(model, e);
			return show(id, user, model);
		}
	}

	@GetMapping("/berita-acara")
	ResponseEntity<byte[]> beritaAcara(@PathVariable UUID id) {
		DisposalProposal proposal = proposals.find(id).proposal();
		if (proposal.issuedDocumentId() == null) {
			throw new NotFoundException("archive.lifecycle.beritaAcara.notFound");
		}
		String name = proposal.beritaAcaraNumber().replaceAll("[^A-Za-z0-9-]+", "-") + ".pdf";
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(issuer.content(proposal.issuedDocumentId()));
	}
}
