package id.padu.services.internal;

import id.padu.payments.Bill;
import id.padu.payments.Billing;
import id.padu.payments.NewBill;
import id.padu.shared.Nik;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The fee step: when a process reaches its {@code payment} wait point, the applicant is billed once (in the
 * same transaction) with the fee worked out by {@link Fees}, due after {@value #PAY_WITHIN_WORKING_DAYS} working
 * days unless an assessed fee sets its own due date. The process continues by itself when the bank's payment
 * arrives ({@link PaymentArrival}).
 */
@Component
class PaymentWait {

	static final int PAY_WITHIN_WORKING_DAYS = 5;

	private final Billing billing;
	private final Fees fees;
	private final HolidayCalendar calendar;
	private final Timeline timeline;
	private final Clock clock;

	PaymentWait(Billing billing, Fees fees, HolidayCalendar calendar, Timeline timeline, Clock clock) {
		this.billing = billing;
		this.fees = fees;
		this.calendar = calendar;
		this.timeline = timeline;
		this.clock = clock;
	}

	void billIfNeeded(ServiceApplication application, ServiceManifest manifest) {
		if (application.billId() != null || !manifest.fee().charges()) {
			return;
		}
		Instant now = clock.instant();
		Fees.Charge charge = fees.charge(application, manifest);
		Instant due = charge.payBefore() != null ? charge.payBefore() : calendar.dueAt(now, PAY_WITHIN_WORKING_DAYS);
		Bill bill = billing.issue(new NewBill(Nik.of(application.applicantNik()), charge.amountRupiah(),
				charge.description(), charge.revenueAccount(), OutputSigning.SOURCE, application.getId().toString(), due));
		application.billed(bill.id());
		timeline.record(application.getId(), ApplicationEvent.Type.BILLED, null, null, null, null);
	}

	Optional<Bill> billOf(ServiceApplication application) {
		return application.billId() == null ? Optional.empty() : billing.find(application.billId());
	}
}
