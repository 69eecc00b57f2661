package id.padu.archive.internal.custody.fixity;

import id.padu.audit.AuditTrail;
import id.padu.identity.Role;
import id.padu.identity.StaffAccounts;
import id.padu.notification.Email;
import id.padu.notification.Mailer;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.StaffRef;
import id.padu.tenancy.TenantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Tells the pemda's archivists about changed or missing files: an entry per file in the audit chain
 * ({@code ARCHIVE_FIXITY_MISMATCH}) and one e-mail per archivist listing them all. Called in the run's last
 * transaction, so the mails leave after it commits.
 */
@Component
class FixityAlert {

	static final String ACTION = "ARCHIVE_FIXITY_MISMATCH";

	/** What the audit chain keeps the digest of. */
	record MismatchState(String runId, String recordId, String sha256, String status) {
	}

	private final AuditTrail audit;
	private final StaffAccounts accounts;
	private final OrganizationDirectory directory;
	private final TenantDirectory tenants;
	private final Mailer mailer;
	private final String baseUrl;

	FixityAlert(AuditTrail audit, StaffAccounts accounts, OrganizationDirectory directory, TenantDirectory tenants,
			Mailer mailer, @Value("${padu.base-url:http://localhost:8080}") String baseUrl) {
		this.audit = audit;
		this.accounts = accounts;
		this.directory = directory;
		this.tenants = tenants;
		this.mailer = mailer;
		this.baseUrl = baseUrl;
	}

	void raise(UUID runId, List<FixityCheck.Mismatch> found) {
		for (FixityCheck.Mismatch m : found) {
			audit.record(ACTION, "ArchiveFile", m.fileId().toString(), new MismatchState(runId.toString(),
					m.recordId().toString(), m.sha256(), m.status().name()));
		}
		String pemda = tenants.current().name();
		List<Map<String, String>> lines = found.stream().map(m -> Map.of("fileId", m.fileId().toString(),
				"recordId", m.recordId().toString(), "sha256", m.sha256(), "status", m.status().name())).toList();
		for (String username : accounts.usernamesWithRole(Role.ARCHIVIST)) {
			directory.findStaffByUsername(username).map(StaffRef::email).filter(e -> !e.isBlank()).ifPresent(email ->
					mailer.send(new Email(email, Locale.forLanguageTag("id"), "archive/custody/mail/fixity-mismatch",
							Map.of("name", accounts.displayName(username).orElse(username), "pemda", pemda,
									"count", found.size(), "mismatches", lines,
									"link", baseUrl + "/kantor/arsip/fixity"))));
		}
	}
}
