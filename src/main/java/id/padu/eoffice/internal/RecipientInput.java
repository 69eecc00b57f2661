package id.padu.eoffice.internal;

/** A recipient as the API and the form name it: exactly one of {@code username}, {@code opd} or {@code email} (with {@code name}). */
record RecipientInput(String username, String opd, String email, String name) {
}
