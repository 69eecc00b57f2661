package id.padu.archive.internal.custody.lending;

import id.padu.archive.internal.ArchiveRecordRepository;
import id.padu.archive.internal.BerkasRepository;
import id.padu.classification.SecurityClass;
import id.padu.notification.Email;
import id.padu.notification.Mailer;
import id.padu.shared.web.Formats;
import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * Every morning, e-mails borrowers whose loan is due within two days or overdue. The loan keeps the day it was
 * last reminded, so a second run on the same day sends nothing; an overdue loan is reminded again the next day.
 */
@Component
class LoanReminders {

	static final int DAYS_AHEAD = 2;

	private final TenantDirectory tenants;
	private final LoanRepository loans;
	private final ArchiveRecordRepository records;
	private final BerkasRepository berkas;
	private final Mailer mailer;
	private final TransactionTemplate tx;
	private final Clock clock;
	private final String baseUrl;

	LoanReminders(TenantDirectory tenants, LoanRepository loans, ArchiveRecordRepository records,
			BerkasRepository berkas, Mailer mailer, TransactionTemplate tx, Clock clock,
			@Value("${padu.base-url:http://localhost:8080}") String baseUrl) {
		this.tenants = tenants;
		this.loans = loans;
		this.records = records;
		this.berkas = berkas;
		this.mailer = mailer;
		this.tx = tx;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@Scheduled(cron = "${padu.archive.lending.reminder-cron:0 0 7 * * *}", zone = "Asia/Jakarta")
	void run() {
		remind(clock.instant().atZone(Formats.JAKARTA).toLocalDate());
	}

	/** Reminds for every pemda; returns how many mails were sent. */
	int remind(LocalDate today) {
		int sent = 0;
		for (TenantInfo tenant : tenants.all()) {
			sent += TenantContext.callAs(tenant.id(), () -> tx.execute(status -> forTenant(today)));
		}
		return sent;
	}

	private int forTenant(LocalDate today) {
		int sent = 0;
		Locale locale = Locale.forLanguageTag("id");
		for (Loan loan : loans.toRemind(today.plusDays(DAYS_AHEAD), today)) {
			loan.reminded(today);
			if (loan.borrowerEmail() == null || loan.borrowerEmail().isBlank()) {
				continue;
			}
			mailer.send(new Email(loan.borrowerEmail(), locale, "archive/custody/mail/loan-reminder", Map.of(
					"name", loan.borrowerName(),
					"item", item(loan),
					"dueOn", Formats.date(loan.dueOn(), locale),
					"overdue", loan.isOverdue(today),
					"link", baseUrl + "/kantor/arsip/peminjaman")));
			sent++;
		}
		return sent;
	}

	/** The item's name; a restricted or secret title does not travel by e-mail, its berkas number does. */
	private String item(Loan loan) {
		var b = berkas.findById(loan.berkasId()).orElseThrow();
		if (loan.isWholeBerkas()) {
			return b.securityClass() == SecurityClass.BIASA ? b.berkasNumber() + " " + b.title() : b.berkasNumber();
		}
		var r = records.findById(loan.recordId()).orElseThrow();
		return r.securityClass() == SecurityClass.BIASA ? r.title() + " (" + b.berkasNumber() + ")" : b.berkasNumber();
	}
}
