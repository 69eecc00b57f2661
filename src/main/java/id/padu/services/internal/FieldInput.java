package id.padu.services.internal;

import java.util.List;

/**
 * One field as the form page draws it: prefilled registry fields are read-only text ({@code shown}); the
 * others carry the entered value, their choices (options, family members, kelurahan levels) and the error.
 * {@code feeUrl} is set on the unit field of a per-unit fee: the page asks it for the fee as the value changes.
 */
record FieldInput(String name, String label, String hint, String type, boolean required, boolean readOnly,
		String value, String shown, List<Choice> choices, List<Level> levels, String error, String feeUrl) {

	/** A choice: a select option or a family member ({@code detail} is the relationship). */
	record Choice(String value, String label, String detail, boolean selected) {
	}

	/** One level of a kelurahan picker: province, city, kecamatan; the last is the field itself. */
	record Level(String id, String labelKey, List<Choice> options) {
	}
}
