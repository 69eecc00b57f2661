package id.padu.services.internal;

/** One field's value is not acceptable: the field name, a message key of the services bundle, its arguments. */
record FieldProblem(String field, String messageKey, Object... args) {
}
