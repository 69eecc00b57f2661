package id.padu.payments.internal;

import id.padu.shared.TenantId;
import id.padu.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * Takes a callback from its raw bytes to its answer. Nothing about it is trusted before the signature
 * checks out; then the pemda comes from the billing code (the callback has no session) and the
 * {@link Settlement} runs as that pemda. Two callbacks racing for one bill cannot both pay it: the bill's
 * version (or the unique bank reference) stops the second, which is then decided again on what the
 * first committed.
 */
@Component
class PaymentCallbacks {

	private static final Logger log = LoggerFactory.getLogger(PaymentCallbacks.class);

	private final CallbackSignature signature;
	private final PemdaCodes pemdas;
	private final Settlement settlement;
	private final CallbackLog callbackLog;
	private final Clock clock;

	PaymentCallbacks(CallbackSignature signature, PemdaCodes pemdas, Settlement settlement, CallbackLog callbackLog,
			Clock clock) {
		this.signature = signature;
		this.pemdas = pemdas;
		this.settlement = settlement;
		this.callbackLog = callbackLog;
		this.clock = clock;
	}

	CallbackAnswer tooLarge(byte[] start, String remoteAddress) {
		CallbackReceipt receipt = CallbackReceipt.of(clock.instant(), remoteAddress, start, false);
		callbackLog.store(receipt, null, null, null, CallbackOutcome.TOO_LARGE, 413);
		return CallbackAnswer.problem(413, CallbackOutcome.TOO_LARGE, "payments.callback.tooLarge");
	}

	CallbackAnswer receive(byte[] body, String signatureHeader, String remoteAddress) {
		boolean valid = signature.verify(body, signatureHeader);
		CallbackReceipt receipt = CallbackReceipt.of(clock.instant(), remoteAddress, body, valid);
		String sentCode = CallbackParser.textField(body, "billingCode");
		String sentReference = CallbackParser.textField(body, "bankReference");
		if (!valid) {
			callbackLog.store(receipt, null, sentCode, sentReference, CallbackOutcome.BAD_SIGNATURE, 401);
			return CallbackAnswer.problem(401, CallbackOutcome.BAD_SIGNATURE, "payments.callback.badSignature");
		}
		Optional<CallbackPayment> payment = CallbackParser.parse(body);
		if (payment.isEmpty()) {
			callbackLog.store(receipt, null, sentCode, sentReference, CallbackOutcome.MALFORMED, 400);
			return CallbackAnswer.problem(400, CallbackOutcome.MALFORMED, "payments.callback.malformed");
		}
		Optional<TenantId> tenant = pemdas.tenantOf(payment.get().billingCode());
		if (tenant.isEmpty()) {
			callbackLog.store(receipt, null, sentCode, sentReference, CallbackOutcome.UNKNOWN_PEMDA, 404);
			return CallbackAnswer.problem(404, CallbackOutcome.UNKNOWN_PEMDA, "payments.reconciliation.kind.UNKNOWN_CODE");
		}
		return TenantContext.callAs(tenant.get(), () -> settle(receipt, payment.get()));
	}

	private CallbackAnswer settle(CallbackReceipt receipt, CallbackPayment payment) {
		try {
			try {
				return settlement.settle(receipt, payment);
			} catch (OptimisticLockingFailureException | DataIntegrityViolationException raced) {
				log.info("Callback {} raced another for bill {}; deciding again", receipt.id(), payment.billingCode());
				return settlement.settle(receipt, payment);
			}
		} catch (RuntimeException e) {
			// A new id: the failure may have come after the settlement committed its own row (a listener).
			callbackLog.store(receipt.again(), TenantContext.require(), payment.billingCode(), payment.bankReference(),
					CallbackOutcome.ERROR, 500);
			throw e;
		}
	}
}
