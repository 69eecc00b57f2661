package id.padu.audit.internal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Read-only access to the current tenant's audit trail for auditors, admins and audit clients. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAnyRole('ADMIN','AUDITOR') or hasAuthority('SCOPE_audit.read')")
class AuditApiController {

	private final ChainVerifier verifier;
	private final AuditEntries entries;

	AuditApiController(ChainVerifier verifier, AuditEntries entries) {
		this.verifier = verifier;
		this.entries = entries;
	}

	@GetMapping("/verify")
	ChainVerification verify() {
		return verifier.verify();
	}

	@GetMapping("/entries")
	EntryPage entries(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return entries.search(new AuditFilter(actor, action, entityType, entityId, from, to), page, size);
	}
}
