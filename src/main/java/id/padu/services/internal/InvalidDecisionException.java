package id.padu.services.internal;

import id.padu.shared.BusinessRuleViolation;

/** A decision that does not fit the step (unknown, not allowed here, a missing note or passphrase): 400. */
class InvalidDecisionException extends BusinessRuleViolation {

	InvalidDecisionException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
