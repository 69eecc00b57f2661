package id.padu.services.internal;

import java.util.List;

/**
 * One field of a service's form. Registry fields ({@code attribute} set) are prefilled and never asked;
 * a {@code members} or {@code member} field lists the applicant's family as choices. Limits are null when not
 * given; {@code min}/{@code max} are numbers for {@code number} fields and ISO dates or {@code today} for dates.
 * {@code optionsFrom} names a {@link id.padu.services.FieldOptions} source that gives a select's choices at run
 * time instead of {@code options} (null when the options are listed in the bundle).
 * {@code prefill} (may be null) is a registry attribute that fills an applicant field in on the form page
 * while the applicant may still change it. {@code patternMessage} (may be empty) is what the applicant reads
 * when the value breaks {@code pattern}, for rules such as "at least S1 or D4".
 */
record FormField(String name, LocalizedText label, LocalizedText hint, FieldType type, boolean required,
		RegistryAttribute attribute, List<Option> options, String optionsFrom, Integer minLength, Integer maxLength,
		String pattern, String min, String max, RegistryAttribute prefill, LocalizedText patternMessage) {

	FormField {
		options = options == null ? List.of() : List.copyOf(options);
	}

	/** Prefilled from the registry and read-only. */
	boolean fromRegistry() {
		return attribute != null && !type.picksFamily();
	}

	/** The API's {@code source}: {@code registry} for prefilled fields, otherwise {@code applicant}. */
	String source() {
		return fromRegistry() ? "registry" : "applicant";
	}

	/** One choice of a {@code select} field. */
	record Option(String value, LocalizedText label) {
	}
}
