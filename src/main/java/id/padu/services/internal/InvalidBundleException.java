package id.padu.services.internal;

import java.util.List;

/** A bundle that may not be activated, with every problem found (not only the first). */
class InvalidBundleException extends RuntimeException {

	private final transient List<BundleProblem> problems;

	InvalidBundleException(List<BundleProblem> problems) {
		super(problems.size() + " problem(s) in the service bundle");
		this.problems = List.copyOf(problems);
	}

	List<BundleProblem> problems() {
		return problems;
	}
}
