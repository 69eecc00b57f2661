package id.padu.services.internal;

import java.util.List;

/** Submitted values that break the form's rules, every field's problem at once. Answered with 400. */
class InvalidApplicationException extends RuntimeException {

	private final transient List<FieldProblem> problems;

	InvalidApplicationException(List<FieldProblem> problems) {
		super(problems.size() + " invalid field(s)");
		this.problems = List.copyOf(problems);
	}

	List<FieldProblem> problems() {
		return problems;
	}
}
