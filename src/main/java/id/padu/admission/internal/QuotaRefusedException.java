package id.padu.admission.internal;

import id.padu.shared.BusinessRuleViolation;

/** A quota change broke the period's shares: a 422 for the API, a message next to the field on the page. */
class QuotaRefusedException extends BusinessRuleViolation {

	private final transient QuotaPolicy.Refusal refusal;

	QuotaRefusedException(QuotaPolicy.Refusal refusal) {
		super(refusal.messageKey(), refusal.args());
		this.refusal = refusal;
	}

	QuotaPolicy.Refusal refusal() {
		return refusal;
	}
}
