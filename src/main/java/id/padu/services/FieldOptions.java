package id.padu.services;

import java.util.List;
import java.util.Set;

/**
 * Choices of a {@code select} field that another module supplies at run time, because they change with the
 * pemda's data or the applicant (the schools of the open admission period, the applicant's children). A bundle
 * names the source instead of listing options: {@code options: { from: admission.schools }}. The engine checks
 * at upload that some module answers the name, draws the choices on the form, and refuses a submitted value
 * that is not among the choices {@link #options} gives for that applicant at that moment.
 */
public interface FieldOptions {

	/** The source names this module answers, e.g. {@code admission.schools}. */
	Set<String> sources();

	/** The choices open to this applicant now, in the order shown; empty when there are none. */
	List<FieldOption> options(String source, FormContext context);
}
