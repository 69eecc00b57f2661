package id.padu.registry.internal;

import id.padu.shared.BusinessRuleViolation;

import java.util.List;

/**
 * New values that break a rule, every problem at once so a form can show each next to its field.
 * The message of the exception itself is the first problem's.
 */
class InvalidCorrectionException extends BusinessRuleViolation {

	private final transient List<CorrectionRules.Problem> problems;

	InvalidCorrectionException(List<CorrectionRules.Problem> problems) {
		super(problems.get(0).messageKey(), problems.get(0).args());
		this.problems = List.copyOf(problems);
	}

	List<CorrectionRules.Problem> problems() {
		return problems;
	}
}
