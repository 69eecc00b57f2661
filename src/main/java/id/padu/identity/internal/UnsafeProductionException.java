package id.padu.identity.internal;

import java.util.List;

/** The prod profile met demo data; {@link UnsafeProductionFailureAnalyzer} explains it in plain words. */
class UnsafeProductionException extends IllegalStateException {

	private final List<String> problems;

	UnsafeProductionException(List<String> problems) {
		super("Production start refused: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	List<String> problems() {
		return problems;
	}
}
