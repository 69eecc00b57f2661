package id.padu.organization.internal;

import id.padu.shared.BusinessRuleViolation;
import org.springframework.validation.BindingResult;

import java.util.Map;

/** Shows a broken business rule next to the form field it is about, or above the form when it is about none. */
final class RuleErrors {

	private RuleErrors() {
	}

	/** {@code fieldsByKeyPart}: a part of the message key (e.g. "codeTaken") and the field it concerns. */
	static void attach(BusinessRuleViolation violation, BindingResult result, Map<String, String> fieldsByKeyPart) {
		for (var entry : fieldsByKeyPart.entrySet()) {
			if (violation.messageKey().contains(entry.getKey())) {
				result.rejectValue(entry.getValue(), violation.messageKey(), violation.arguments(), null);
				return;
			}
		}
		result.reject(violation.messageKey(), violation.arguments(), null);
	}
}
