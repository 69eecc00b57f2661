package id.padu.eoffice.internal.incoming;

import id.padu.classification.SecurityClass;
import id.padu.notification.Email;
import id.padu.notification.Mailer;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.PositionRef;
import id.padu.services.WorkingDayCalendar;
import id.padu.shared.web.Formats;
import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * Reminds recipients of dispositions due on the next working day (once) and escalates overdue ones to whoever
 * disposed them (once; the disposer's desk shows them until they are closed). Pemda by pemda, each in its own
 * transaction; the mark on the disposition is what makes a second run do nothing, and mails leave after commit.
 */
@Component
class DispositionReminders {

	/** How many reminders and escalations one run made. */
	record Outcome(int reminded, int escalated) {
	}

	private static final Logger log = LoggerFactory.getLogger(DispositionReminders.class);

	private final TenantDirectory tenants;
	private final DispositionRepository dispositions;
	private final IncomingLetterRepository letters;
	private final OrganizationDirectory directory;
	private final Mailer mailer;
	private final WorkingDayCalendar calendar;
	private final TransactionTemplate tx;
	private final Clock clock;
	private final String baseUrl;

	DispositionReminders(TenantDirectory tenants, DispositionRepository dispositions, IncomingLetterRepository letters,
			OrganizationDirectory directory, Mailer mailer, WorkingDayCalendar calendar, TransactionTemplate tx, Clock clock,
			@Value("${padu.base-url:http://localhost:8080}") String baseUrl) {
		this.tenants = tenants;
		this.dispositions = dispositions;
		this.letters = letters;
		this.directory = directory;
		this.mailer = mailer;
		this.calendar = calendar;
		this.tx = tx;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@Scheduled(cron = "${padu.eoffice.disposition-reminders:0 0 7 * * MON-FRI}", zone = "Asia/Jakarta")
	void run() {
		Outcome outcome = remindAndEscalate(clock.instant());
		if (outcome.reminded() + outcome.escalated() > 0) {
			log.info("Disposition deadlines: {} reminded, {} escalated", outcome.reminded(), outcome.escalated());
		}
	}

	Outcome remindAndEscalate(Instant now) {
		LocalDate today = now.atZone(Formats.JAKARTA).toLocalDate();
		int reminded = 0;
		int escalated = 0;
		for (TenantInfo tenant : tenants.all()) {
			Outcome one = TenantContext.callAs(tenant.id(), () -> tx.execute(status -> forTenant(now, today)));
			reminded += one.reminded();
			escalated += one.escalated();
		}
		return new Outcome(reminded, escalated);
	}

	private Outcome forTenant(Instant now, LocalDate today) {
		int reminded = 0;
		for (Disposition d : dispositions.findByClosedAtIsNullAndRemindedAtIsNullAndDeadlineBetween(today,
				calendar.nextWorkingDay(today))) {
			mail(d, d.toPosition(), "eoffice/incoming/mail/reminder");
			d.reminded(now);
			reminded++;
		}
		int escalated = 0;
		for (Disposition d : dispositions.findByClosedAtIsNullAndEscalatedAtIsNullAndDeadlineBefore(today)) {
			mail(d, d.fromPosition(), "eoffice/incoming/mail/overdue");
			d.escalated(now);
			escalated++;
		}
		return new Outcome(reminded, escalated);
	}

	private void mail(Disposition d, String toPosition, String template) {
		IncomingLetter letter = letters.findById(d.letterId()).orElseThrow();
		Locale locale = Locale.forLanguageTag("id");
		String recipientTitle = directory.findPosition(d.toPosition()).map(PositionRef::title).orElse(d.toPosition());
		directory.holders(toPosition).stream().filter(h -> h.staff().email() != null).forEach(holder ->
				mailer.send(new Email(holder.staff().email(), locale, template, Map.of(
						"name", holder.staff().fullName(),
						"agendaNumber", letter.agendaNumber(),
						// A restricted or secret letter's subject does not travel by e-mail.
						"subject", letter.securityClass() == SecurityClass.BIASA ? letter.subject() : "",
						"recipient", recipientTitle,
						"deadline", Formats.date(d.deadline(), locale),
						"link", baseUrl + "/kantor/surat-masuk/" + letter.getId()))));
	}
}
