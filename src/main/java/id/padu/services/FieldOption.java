package id.padu.services;

/**
 * One run-time choice of a form field: the stored {@code value}, the {@code label} shown and an optional
 * {@code detail} shown next to it (e.g. the distance to a school), both in the applicant's language.
 */
public record FieldOption(String value, String label, String detail) {
}
