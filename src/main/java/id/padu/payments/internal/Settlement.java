package id.padu.payments.internal;

import id.padu.payments.BillPaid;
import id.padu.payments.internal.PaymentRules.Decision;
import id.padu.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Applies one signed callback in the current pemda, in one transaction: the callback's log row, the bill
 * becoming PAID with its {@link BillPaid} event, or the reconciliation item, commit together or not at all.
 */
@Component
class Settlement {

	private final BillRepository bills;
	private final ReconciliationItemRepository items;
	private final CallbackLog log;
	private final ApplicationEventPublisher events;

	Settlement(BillRepository bills, ReconciliationItemRepository items, CallbackLog log,
			ApplicationEventPublisher events) {
		this.bills = bills;
		this.items = items;
		this.log = log;
		this.events = events;
	}

	@Transactional
	CallbackAnswer settle(CallbackReceipt receipt, CallbackPayment payment) {
		Optional<BillRecord> paidByReference = bills.findByBankReference(payment.bankReference());
		Optional<ReconciliationItem> flaggedByReference = paidByReference.isPresent() ? Optional.empty()
				: items.findFirstByBankReferenceOrderByReceivedAt(payment.bankReference());
		Optional<BillRecord> bill = BillingCodeFormat.isValid(payment.billingCode())
				? bills.findByBillingCode(payment.billingCode()) : Optional.empty();
		Decision decision = PaymentRules.decide(payment, paidByReference, flaggedByReference, bill);
		return switch (decision.action()) {
			case REPLAY_PAID -> {
				BillRecord paid = paidByReference.orElseThrow();
				store(receipt, payment, CallbackOutcome.REPLAYED, 200);
				yield CallbackAnswer.paid(CallbackOutcome.REPLAYED, paid.toBill(), paid.bankReference());
			}
			case REPLAY_FLAGGED -> {
				store(receipt, payment, CallbackOutcome.REPLAYED, decision.kind().httpStatus());
				yield CallbackAnswer.flagged(CallbackOutcome.REPLAYED, decision.kind());
			}
			case PAY -> {
				BillRecord target = bill.orElseThrow();
				store(receipt, payment, CallbackOutcome.PAID, 200);
				target.markPaid(payment.paidAt(), payment.bankReference(), receipt.receivedAt(), receipt.id());
				events.publishEvent(new BillPaid(TenantContext.require(), target.getId(), target.billingCode(),
						target.amountRupiah(), payment.paidAt(), target.sourceModule(),
						target.sourceReference()));
				yield CallbackAnswer.paid(CallbackOutcome.PAID, target.toBill(), payment.bankReference());
			}
			case FLAG -> {
				CallbackOutcome outcome = CallbackOutcome.valueOf(decision.kind().name());
				store(receipt, payment, outcome, decision.kind().httpStatus());
				items.save(new ReconciliationItem(decision.kind(), receipt.id(), payment,
						bill.map(BillRecord::getId).orElse(null), receipt.receivedAt()));
				yield CallbackAnswer.flagged(outcome, decision.kind());
			}
		};
	}

	private void store(CallbackReceipt receipt, CallbackPayment payment, CallbackOutcome outcome, int status) {
		log.store(receipt, TenantContext.require(), payment.billingCode(), payment.bankReference(), outcome, status);
	}
}
