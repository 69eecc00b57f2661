package id.padu.services.internal;

import id.padu.identity.CitizenAccounts;
import id.padu.notification.Email;
import id.padu.notification.Mailer;
import id.padu.services.ApplicationCompleted;
import id.padu.services.ApplicationOutcome;
import id.padu.services.ApplicationSubmitted;
import id.padu.shared.TenantId;
import id.padu.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.UUID;

/**
 * Tells the applicant by e-mail that an application arrived and how it ended. The listeners run after the
 * commit on another thread and are recorded in the event publication registry, so a crash before the mail
 * leaves loses none: they run again at the next start. The tenant is set before the transaction opens,
 * because Hibernate fixes the tenant of a session when it opens.
 */
@Component
class ApplicationMails {

	private final ApplicationRepository applications;
	private final CitizenAccounts citizens;
	private final ServiceDefinitions definitions;
	private final Mailer mailer;
	private final TransactionTemplate tx;
	private final String baseUrl;

	ApplicationMails(ApplicationRepository applications, CitizenAccounts citizens, ServiceDefinitions definitions,
			Mailer mailer, TransactionTemplate tx, @Value("${padu.base-url}") String baseUrl) {
		this.applications = applications;
		this.citizens = citizens;
		this.definitions = definitions;
		this.mailer = mailer;
		this.tx = tx;
		this.baseUrl = baseUrl;
	}

	@Async
	@TransactionalEventListener
	void on(ApplicationSubmitted event) {
		send(event.tenant(), event.applicationId(), "services/mail/submitted", null);
	}

	@Async
	@TransactionalEventListener
	void on(ApplicationCompleted event) {
		send(event.tenant(), event.applicationId(), "services/mail/completed",
				event.outcome() == ApplicationOutcome.APPROVED);
	}

	private void send(TenantId tenant, UUID applicationId, String template, Boolean approved) {
		TenantContext.runAs(tenant, () -> tx.executeWithoutResult(status -> applications.findById(applicationId)
			.ifPresent(application -> citizens.contactOf(application.applicantAccount()).ifPresent(contact -> {
				String service = definitions.version(application.bundleId()).manifest().name().in(contact.locale());
				Map<String, Object> model = new java.util.HashMap<>();
				model.put("name", contact.displayName());
				model.put("service", service);
				model.put("trackingNumber", application.trackingNumber());
				model.put("link", baseUrl + "/warga/permohonan/" + application.getId());
				// The mail model takes no nulls: absent values are left out.
				if (approved != null) {
					model.put("approved", approved);
				}
				if (application.note() != null) {
					model.put("note", application.note());
				}
				mailer.send(new Email(contact.email(), contact.locale(), template, model));
			}))));
	}
}
