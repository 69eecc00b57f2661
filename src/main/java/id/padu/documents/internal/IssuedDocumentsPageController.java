package id.padu.documents.internal;

import id.padu.identity.PaduUser;
import id.padu.shared.BusinessRuleViolation;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** "Dokumen ditandatangani": the pemda's signed documents for an ADMIN, one's own for a head; revoke with a reason. */
@Controller
@RequestMapping("/kantor/dokumen")
@PreAuthorize("hasAnyRole('ADMIN','HEAD')")
class IssuedDocumentsPageController {

	private final IssuedDocuments documents;
	private final VerificationLinks links;

	IssuedDocumentsPageController(IssuedDocuments documents, VerificationLinks links) {
		this.documents = documents;
		this.links = links;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PaduUser user, Model model) {
		model.addAttribute("documents", documents.visibleTo(user).stream().map(IssuedDocumentRecord::toIssuedDocument).toList());
		model.addAttribute("seesAll", DocumentManagementPolicy.seesAll(user));
		model.addAttribute("limit", IssuedDocuments.LIST_LIMIT);
		return "documents/issued-list";
	}

	@GetMapping("/{id}")
	String one(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user, Model model) {
		DocumentViews.DocumentView view = DocumentViews.DocumentView.of(documents.manageable(id, user));
		var issued = view.document();
		model.addAttribute("document", issued);
		model.addAttribute("view", view);
		model.addAttribute("verificationUrl", links.url(issued.verificationCode()));
		model.addAttribute("maxReason", IssueRules.MAX_REASON);
		return "documents/issued-document";
	}

	@PostMapping("/{id}/cabut")
	String revoke(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal PaduUser user, RedirectAttributes redirect) {
		documents.manageable(id, user);
		try {
			documents.revoke(id, reason, user);
			redirect.addFlashAttribute("documentMessage", "documents.revocation.done");
		} catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("revocationError", e.messageKey());
			redirect.addFlashAttribute("revocationErrorArgs", e.arguments());
			redirect.addFlashAttribute("reason", reason);
		}
		return "redirect:/kantor/dokumen/" + id;
	}

	/** The signed PDF, shown in the browser. */
	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user) {
		IssuedDocumentRecord record = documents.manageable(id, user);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename(IssueRules.fileName(record.text()), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(documents.content(id, user));
	}
}
