package id.padu.registry.internal;

import id.padu.shared.BusinessRuleViolation;

/**
 * The request is no longer in the state the caller assumed: already decided, or the resident's data
 * changed since it was made. The API answers 409; pages show the message on the request.
 */
class ChangeRequestConflict extends BusinessRuleViolation {

	ChangeRequestConflict(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
