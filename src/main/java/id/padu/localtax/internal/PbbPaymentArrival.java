package id.padu.localtax.internal;

import id.padu.localtax.Nop;
import id.padu.localtax.SpptPaid;
import id.padu.payments.BillPaid;
import id.padu.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks an SPPT paid when the bill of its payment is paid ({@link BillPaid} of a service application whose id
 * this module recorded when it assessed the fee). Recorded in the event publication registry, so a payment
 * confirmed just before a crash is applied after the restart; a second delivery finds the payment settled and
 * does nothing. A payment for an SPPT that another payment settled first is kept as DUPLICATE for a refund.
 */
@Component
class PbbPaymentArrival {

	/** Bills of service applications carry this source; their reference is the application id. */
	static final String SERVICES = "services";

	private static final Logger log = LoggerFactory.getLogger(PbbPaymentArrival.class);

	private final PbbPaymentRepository payments;
	private final SpptRepository sppts;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate tx;

	PbbPaymentArrival(PbbPaymentRepository payments, SpptRepository sppts, ApplicationEventPublisher events,
			TransactionTemplate tx) {
		this.payments = payments;
		this.sppts = sppts;
		this.events = events;
		this.tx = tx;
	}

	@Async
	@TransactionalEventListener
	void on(BillPaid paid) {
		if (!SERVICES.equals(paid.sourceModule())) {
			return;
		}
		TenantContext.runAs(paid.tenant(), () -> tx.executeWithoutResult(status -> paid(paid)));
	}

	void paid(BillPaid paid) {
		payments.findByReference(paid.sourceReference())
			.filter(p -> p.status() == PbbPaymentRecord.Status.PENDING)
			.ifPresent(payment -> {
				SpptRecord sppt = sppts.findById(payment.spptId()).orElseThrow();
				boolean duplicate = sppt.isPaid();
				payment.paid(paid.billId(), paid.paidAt(), duplicate);
				if (duplicate) {
					log.warn("SPPT {} {} was already paid: payment {} ({} Rupiah) is kept for a refund", sppt.nop(),
							sppt.taxYear(), payment.getId(), paid.amountRupiah());
					return;
				}
				sppt.paid(paid.paidAt(), payment.penalty());
				events.publishEvent(new SpptPaid(paid.tenant(), new Nop(sppt.nop()), sppt.taxYear(), payment.principal(),
						payment.penalty(), paid.paidAt()));
			});
	}
}
