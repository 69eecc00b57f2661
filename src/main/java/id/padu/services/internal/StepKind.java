package id.padu.services.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a BPMN user task is for, from its {@code flowable:category}: {@code verify} (check the application:
 * approve, reject or send back for revision), {@code approve} (approve or reject) and {@code sign}
 * (approve signs the output with the head's passphrase, or reject).
 */
enum StepKind {
	VERIFY("verify", EnumSet.of(Decision.APPROVE, Decision.REJECT, Decision.REVISE)),
	APPROVE("approve", EnumSet.of(Decision.APPROVE, Decision.REJECT)),
	SIGN("sign", EnumSet.of(Decision.APPROVE, Decision.REJECT));

	private final String category;
	private final Set<Decision> decisions;

	StepKind(String category, Set<Decision> decisions) {
		this.category = category;
		this.decisions = decisions;
	}

	String category() {
		return category;
	}

	Set<Decision> decisions() {
		return decisions;
	}

	static Optional<StepKind> ofCategory(String category) {
		return Arrays.stream(values()).filter(k -> k.category.equals(category)).findFirst();
	}
}
