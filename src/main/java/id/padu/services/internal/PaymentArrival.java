package id.padu.services.internal;

import id.padu.payments.BillPaid;
import id.padu.tenancy.TenantContext;
import org.flowable.engine.RuntimeService;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.UUID;

/**
 * Continues an application's process when its bill is paid ({@link BillPaid} from payments, source
 * {@code services}, reference = application id). Recorded in the event publication registry, so a payment
 * confirmed just before a crash still moves the application on after the restart; a second delivery finds
 * the application no longer waiting and does nothing.
 */
@Component
class PaymentArrival {

	private final ApplicationRepository applications;
	private final RuntimeService runtime;
	private final ApplicationProgress progress;
	private final Timeline timeline;
	private final TransactionTemplate tx;

	PaymentArrival(ApplicationRepository applications, RuntimeService runtime, ApplicationProgress progress,
			Timeline timeline, TransactionTemplate tx) {
		this.applications = applications;
		this.runtime = runtime;
		this.progress = progress;
		this.timeline = timeline;
		this.tx = tx;
	}

	@Async
	@TransactionalEventListener
	void on(BillPaid paid) {
		if (!OutputSigning.SOURCE.equals(paid.sourceModule())) {
			return;
		}
		TenantContext.runAs(paid.tenant(), () -> tx.executeWithoutResult(status -> paid(paid)));
	}

	void paid(BillPaid paid) {
		applications.findById(UUID.fromString(paid.sourceReference()))
			.filter(a -> a.status() == ApplicationStatus.AWAITING_PAYMENT && paid.billId().equals(a.billId()))
			.ifPresent(application -> {
				runtime.createExecutionQuery().processInstanceId(application.processInstanceId()).list().stream()
					.filter(e -> e.getActivityId() != null && WaitPoints.isPayment(e.getActivityId())).findFirst()
					.ifPresent(waiting -> runtime.trigger(waiting.getId(), Map.of("paid", true)));
				timeline.record(application.getId(), ApplicationEvent.Type.PAID, null, null, null, null);
				progress.sync(application);
			});
	}
}
