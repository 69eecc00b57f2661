package id.padu.services;

import java.util.List;
import java.util.Map;

/**
 * A rule over several fields of a form that only another module can decide (e.g. the document an admission
 * path needs, the age a school level allows on the admission period's reference date). A bundle names it in
 * {@code service.yml} as {@code checks: [admission.application]}; the engine checks at upload that some module
 * answers the name and runs it on every submission and resubmission after the field-by-field checks.
 */
public interface FormCheck {

	/** The name bundles use, e.g. {@code admission.application}. */
	String name();

	/**
	 * The problems of the entered values (clean values by field name; fields that failed their own checks are
	 * absent), each for one field and already in the context's language; empty when all is well.
	 */
	List<FormIssue> check(FormContext context, Map<String, String> values);
}
