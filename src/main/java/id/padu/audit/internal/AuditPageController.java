package id.padu.audit.internal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;

/**
 * The auditor's page: filter the trail, page through it, and verify the chain. Every action is a
 * GET, so filtered views and results can be bookmarked and shared with a colleague.
 */
@Controller
@RequestMapping("/kantor/audit")
@PreAuthorize("hasAnyRole('ADMIN','AUDITOR')")
class AuditPageController {

	static final int PAGE_SIZE = 25;

	private final AuditEntries entries;
	private final ChainVerifier verifier;

	AuditPageController(AuditEntries entries, ChainVerifier verifier) {
		this.entries = entries;
		this.verifier = verifier;
	}

	@GetMapping
	String trail(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditFilter filter = new AuditFilter(actor, action, entityType, entityId, from, to);
		model.addAttribute("filter", filter);
		model.addAttribute("entries", entries.search(filter, page, PAGE_SIZE));
		return "audit/trail";
	}

	@GetMapping("/verifikasi")
	String verify(Model model) {
		model.addAttribute("filter", AuditFilter.none());
		model.addAttribute("entries", entries.search(AuditFilter.none(), 0, PAGE_SIZE));
		model.addAttribute("verification", verifier.verify());
		return "audit/trail";
	}
}
