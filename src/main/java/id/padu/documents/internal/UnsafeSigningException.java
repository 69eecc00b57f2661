package id.padu.documents.internal;

import java.util.List;

/** The prod profile met demo signing material; {@link UnsafeSigningFailureAnalyzer} explains it in plain words. */
class UnsafeSigningException extends IllegalStateException {

	private final transient List<String> problems;

	UnsafeSigningException(List<String> problems) {
		super("Production start refused: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	List<String> problems() {
		return problems;
	}
}
