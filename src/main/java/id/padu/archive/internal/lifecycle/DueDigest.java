package id.padu.archive.internal.lifecycle;

import id.padu.identity.Role;
import id.padu.identity.StaffAccounts;
import id.padu.notification.Email;
import id.padu.notification.Mailer;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.StaffRef;
import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells the archivists, daily at 06:00 WIB, which berkas became due since the last digest (a berkas due for a step
 * is announced once). Nothing new, no mail. Pemda by pemda, each in its own transaction; mails leave after commit.
 */
@Component
class DueDigest {

	private final TenantDirectory tenants;
	private final RetentionDue due;
	private final RetentionDueNoticeRepository notices;
	private final StaffAccounts accounts;
	private final OrganizationDirectory directory;
	private final Mailer mailer;
	private final TransactionTemplate tx;
	private final Clock clock;
	private final String baseUrl;

	DueDigest(TenantDirectory tenants, RetentionDue due, RetentionDueNoticeRepository notices, StaffAccounts accounts,
			OrganizationDirectory directory, Mailer mailer, TransactionTemplate tx, Clock clock,
			@Value("${padu.base-url:http://localhost:8080}") String baseUrl) {
		this.tenants = tenants;
		this.due = due;
		this.notices = notices;
		this.accounts = accounts;
		this.directory = directory;
		this.mailer = mailer;
		this.tx = tx;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@Scheduled(cron = "${padu.archive.due-digest.cron:0 0 6 * * *}", zone = "Asia/Jakarta")
	void sendDaily() {
		for (TenantInfo tenant : tenants.all()) {
			TenantContext.runAs(tenant.id(), () -> tx.executeWithoutResult(status -> send()));
		}
	}

	/** Announces the current pemda's newly due berkas; returns how many were new. */
	int send() {
		Instant now = clock.instant();
		List<DueBerkas> fresh = due.list(due.today()).stream()
			.filter(d -> !notices.existsByBerkasIdAndDueStep(d.id(), d.step())).toList();
		if (fresh.isEmpty()) {
			return 0;
		}
		fresh.forEach(d -> notices.save(new RetentionDueNotice(d.id(), d.step(), now)));
		Map<DueStep, Long> counts = due.counts(fresh);
		for (String username : accounts.usernamesWithRole(Role.ARCHIVIST)) {
			directory.findStaffByUsername(username).filter(s -> s.email() != null).ifPresent(staff -> mail(staff,
					fresh.size(), counts));
		}
		return fresh.size();
	}

	private void mail(StaffRef staff, int total, Map<DueStep, Long> counts) {
		mailer.send(new Email(staff.email(), Locale.forLanguageTag("id"), "archive/lifecycle/mail/due", Map.of(
				"name", staff.fullName(),
				"total", total,
				"transferInaktif", counts.get(DueStep.TRANSFER_INAKTIF),
				"transferStatis", counts.get(DueStep.TRANSFER_STATIS),
				"musnah", counts.get(DueStep.MUSNAH),
				"dinilaiKembali", counts.get(DueStep.DINILAI_KEMBALI),
				"link", baseUrl + "/kantor/arsip/penyusutan")));
	}
}
