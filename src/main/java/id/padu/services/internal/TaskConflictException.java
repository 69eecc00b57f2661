package id.padu.services.internal;

import id.padu.shared.BusinessRuleViolation;

/** The task is held by someone else, or was finished meanwhile: answered with 409, nothing changes. */
class TaskConflictException extends BusinessRuleViolation {

	TaskConflictException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
