package id.padu.classification;

import java.util.List;
import java.util.Optional;

/** The current pemda's classification scheme. */
public interface ClassificationScheme {

	/** The code as written, or empty when the pemda's scheme does not have it. */
	Optional<Classification> find(String code);

	/**
	 * The code, if the scheme has it and it is active.
	 *
	 * @throws id.padu.shared.BusinessRuleViolation {@code classification.code.unknown} or
	 *         {@code classification.code.retired}, for a form or API to show next to the field
	 */
	Classification requireActive(String code);

	/** The codes one level below, in code order; the main codes for {@code null}. */
	List<Classification> children(String parentCode);

	/** Codes whose code starts with, or whose name contains, the text: for pickers. Active codes only. */
	List<Classification> search(String text, int limit);
}
