package id.padu.admission.internal;

import id.padu.services.ApplicationCompleted;
import id.padu.services.ApplicationSubmitted;
import id.padu.services.ApplicationWaiting;
import id.padu.tenancy.TenantContext;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Listens to the services events of the admission bundles (those some period is served by), after the
 * services transaction committed, each in its own transaction under the pemda of the event. The event
 * publication registry keeps an event whose handling failed, so it is handled again after a restart.
 */
@Component
class AdmissionEvents {

	private final RegistrationIntake intake;
	private final PeriodRepository periods;
	private final TransactionTemplate tx;

	AdmissionEvents(RegistrationIntake intake, PeriodRepository periods, TransactionTemplate tx) {
		this.intake = intake;
		this.periods = periods;
		this.tx = tx;
	}

	@Async
	@TransactionalEventListener
	void on(ApplicationSubmitted event) {
		TenantContext.runAs(event.tenant(), () -> tx.executeWithoutResult(status -> {
			if (periods.existsByServiceCode(event.serviceCode())) {
				intake.submitted(new RegistrationIntake.Arrival(event.applicationId(), event.trackingNumber(),
						event.serviceCode(), event.applicant(), event.data()));
			}
		}));
	}

	@Async
	@TransactionalEventListener
	void on(ApplicationWaiting event) {
		if (!AdmissionForm.WAIT_POINT.equals(event.waitPoint())) {
			return;
		}
		TenantContext.runAs(event.tenant(), () -> tx.executeWithoutResult(status -> {
			if (periods.existsByServiceCode(event.serviceCode())) {
				intake.verified(new RegistrationIntake.Arrival(event.applicationId(), event.trackingNumber(),
						event.serviceCode(), event.applicant(), event.data()));
			}
		}));
	}

	@Async
	@TransactionalEventListener
	void on(ApplicationCompleted event) {
		TenantContext.runAs(event.tenant(), () -> tx.executeWithoutResult(status -> {
			if (periods.existsByServiceCode(event.serviceCode())) {
				intake.completed(event);
			}
		}));
	}
}
